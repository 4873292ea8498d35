#!/usr/bin/env bash
# Benchmarks of print mode and the /actuator/atlasschema endpoint (see BENCHMARKS.md).
#
#   benchmarks/run.sh [RUNS]
#
# Prints markdown tables on standard output (also written to benchmarks/target/results.md);
# progress goes to standard error. Every figure is the median of RUNS measured runs (default
# 5) after WARMUPS discarded runs (default 1), all on this machine in this one run.
#
# Settings (environment variables):
#   RUNS=5 WARMUPS=1                 runs per figure
#   SECTIONS="sample floor scaling endpoint options fresh lean fastpath drift"   which tables to measure
#   JAVA=java                        Java 17, the default JDK
#   JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java   Java 25 rows (skipped if missing)
#   MVN="mvn -B -q"                  how to run Maven (add -o when everything is cached); also the
#                                    Maven of the always-fresh route's rows
#   BUILD_ROOT=0                     1: run `mvn install -DskipTests` at the root first (done anyway
#                                    when sample-app/target/sample-app.jar is missing)
#   SIZES="10 100 1000"              entity counts of the generated models
#   LOAD_THREADS=4 LOAD_SECONDS=10   endpoint load: RUNS rounds of LOAD_SECONDS on each endpoint
#   LOAD_WARMUP=5 LOAD_CLIENT_WARMUP=2   server warm-up per endpoint; client warm-up per round
#   SPRING_AOT=1                     0: skip the two Spring AOT builds and their rows
#   TIMEOUT=300                      bound in seconds on any single run or wait
#   PG_HOST=127.0.0.1 PG_PORT=5432 PG_USER=postgres   PostgreSQL (trust auth) for the shop app's
#                                    normal start (lean: psql drops and creates atlas_bench_shop)
#                                    and the drift checks
set -euo pipefail

RUNS=${1:-${RUNS:-5}}
WARMUPS=${WARMUPS:-1}
SECTIONS=${SECTIONS:-sample floor scaling endpoint options fresh lean fastpath drift}
JAVA=${JAVA:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
MVN=${MVN:-mvn -B -q}
BUILD_ROOT=${BUILD_ROOT:-0}
SIZES=${SIZES:-10 100 1000}
LOAD_THREADS=${LOAD_THREADS:-4}
LOAD_SECONDS=${LOAD_SECONDS:-10}
LOAD_WARMUP=${LOAD_WARMUP:-5}
LOAD_CLIENT_WARMUP=${LOAD_CLIENT_WARMUP:-2}
SPRING_AOT=${SPRING_AOT:-1}
TIMEOUT=${TIMEOUT:-300}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}

if ! [[ $RUNS =~ ^[1-9][0-9]*$ && $WARMUPS =~ ^[0-9]+$ ]]; then
	echo "run.sh: RUNS must be a positive whole number and WARMUPS a whole number" >&2
	exit 2
fi

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
OUT=$HERE/target
WORK=$OUT/work
RESULTS=$OUT/results.md
SAMPLE_BUILT_JAR=$ROOT/sample-app/target/sample-app.jar
# Copies taken at the start, so that a rebuild of the project during the run changes nothing.
SAMPLE_JAR=$OUT/sample/sample-app.jar
SAMPLE_CLASSES=$OUT/sample/classes
BENCH_JAR=$OUT/benchmarks.jar
BARE_JAR=$OUT/bare-app.jar
SHOP_JAR=$OUT/shop/shop-app.jar
DRIFT_TARGET=$HERE/drift/target
PKG=io.github.atlasspring.benchmarks
PRINT_ARGS=(--atlas.print-schema --atlas.dialect=postgres)

declare -A WALL RSS
FAILURES=0
SERVER_PID=

log() { printf '[bench] %s\n' "$*" >&2; }

# Markdown goes to standard output and to target/results.md.
emit() { printf '%s\n' "$*" | tee -a "$RESULTS"; }

cleanup() {
	if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
		kill "$SERVER_PID" 2>/dev/null || true
		for _ in $(seq 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
		kill -9 "$SERVER_PID" 2>/dev/null || true
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

is_number() { [[ $1 =~ ^[0-9]+([.][0-9]+)?$ ]]; }

# median: numbers on standard input, one a line
median() {
	sort -g | awk '{ v[NR] = $1 } END {
		if (NR == 0) { print "n/a"; exit }
		if (NR % 2) printf "%.2f\n", v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# ratio A B [DIGITS]: A / B, or n/a
ratio() {
	if is_number "$1" && is_number "$2" && [[ $2 != 0 && $2 != 0.00 ]]; then
		awk -v a="$1" -v b="$2" -v d="${3:-2}" 'BEGIN { printf "%.*f\n", d, a / b }'
	else
		echo "n/a"
	fi
}

# verdict VALUE OP LIMIT: "met" or "missed" (OP is <=, < or >=)
verdict() {
	if ! is_number "$1"; then echo "n/a"; return; fi
	awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {
		ok = (op == "<=") ? (v <= l) : (op == "<") ? (v < l) : (v >= l); print (ok ? "met" : "**missed**") }'
}

# sum A B: A + B, or n/a
sum() {
	if is_number "$1" && is_number "$2"; then
		awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f\n", a + b }'
	else
		echo "n/a"
	fi
}

# run_once STDOUT_FILE COMMAND...: runs it under /usr/bin/time; prints "SECONDS PEAK_RSS_KB"
run_once() {
	local out=$1
	shift
	if ! /usr/bin/time -f '%e %M' -o "$WORK/time.txt" \
			timeout --foreground -k 10 "$TIMEOUT" "$@" >"$out" 2>"$WORK/stderr.txt"; then
		log "FAILED: $*"
		tail -n 5 "$WORK/stderr.txt" | sed 's/^/[bench]   /' >&2
		return 1
	fi
	tail -n 1 "$WORK/time.txt"
}

# repeat KEY SAMPLER ARGS...: WARMUPS + RUNS calls of a function that prints "SECONDS
# PEAK_RSS_KB" for one run or fails; medians into WALL[KEY] (s) and RSS[KEY] (MB).
repeat() {
	local key=$1
	shift
	local walls=() rsses=() i result
	for ((i = 0; i < WARMUPS + RUNS; i++)); do
		if ! result=$("$@"); then
			WALL[$key]=failed; RSS[$key]=failed; FAILURES=$((FAILURES + 1)); return 0
		fi
		if ((i >= WARMUPS)); then
			walls+=("${result% *}")
			rsses+=("${result#* }")
		fi
	done
	WALL[$key]=$(printf '%s\n' "${walls[@]}" | median)
	RSS[$key]=$(printf '%s\n' "${rsses[@]}" | awk '{ print $1 / 1024 }' | median | awk '{ printf "%.0f\n", $1 }')
	log "$key: ${WALL[$key]} s, ${RSS[$key]} MB"
}

# measure KEY ddl|any COMMAND...: a command that exits. With "ddl", standard output must hold
# the DDL.
measure() {
	log "$1: $(printf '%s ' "${@:3}" | cut -c 1-240)"
	repeat "$1" exit_run "$@"
}

exit_run() {
	local key=$1 kind=$2 result
	shift 2
	result=$(run_once "$WORK/$key.out" "$@") || return 1
	if [[ $kind == ddl ]] && ! grep -q '^create table' "$WORK/$key.out"; then
		log "FAILED: $key printed no DDL"
		return 1
	fi
	echo "$result"
}

# measure_once KEY ddl|any COMMAND...: measure, unless another section measured KEY already
measure_once() {
	if [[ -z ${WALL[$1]:-} ]]; then measure "$@"; fi
}

# failed KEY MESSAGE: a figure that could not be measured; its cells say "failed"
failed() {
	log "FAILED: $1: $2"
	WALL[$1]=failed; RSS[$1]=failed; FAILURES=$((FAILURES + 1))
}

# measure_server KEY COMMAND...: start to ready (GET /actuator/health answers 200) of a server
# whose command has {port} for its port; peak RSS read from /proc/PID/status when ready.
measure_server() {
	log "$1: $(printf '%s ' "${@:2}" | cut -c 1-240)"
	repeat "$1" server_run "$@"
}

server_run() {
	local key=$1
	shift
	if ! "$JAVA" -cp "$BENCH_JAR" $PKG.StartToReady --timeout "$TIMEOUT" --log "$WORK/$key.log" \
			/actuator/health -- "$@"; then
		log "FAILED: $key (see $WORK/$key.log)"
		return 1
	fi
}

# table_row CELL...: one markdown table row
table_row() {
	local line="|" cell
	for cell in "$@"; do line+=" $cell |"; done
	emit "$line"
}

wants() { [[ " $SECTIONS " == *" $1 "* ]]; }

free_port() {
	local port
	for _ in $(seq 50); do
		port=$((20000 + RANDOM % 40000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "$port"
			return 0
		fi
	done
	return 1
}

# ---------------------------------------------------------------------------------------------
# Build

mkdir -p "$WORK"
: >"$RESULTS"

if [[ $BUILD_ROOT == 1 || ! -f $SAMPLE_BUILT_JAR ]]; then
	log "building the project: mvn install -DskipTests at $ROOT"
	(cd "$ROOT" && $MVN install -DskipTests) >&2
fi
rm -rf "$OUT/sample"
mkdir -p "$OUT/sample"
cp "$SAMPLE_BUILT_JAR" "$SAMPLE_JAR"
cp -r "$ROOT/sample-app/target/classes" "$SAMPLE_CLASSES"
log "building the benchmarks module"
$MVN -f "$HERE/pom.xml" package >&2
# The plain Hibernate main, to which the JVM options and CLASSES_DIR PACKAGE are added.
PLAIN=(-cp "$BENCH_JAR:$(cat "$OUT/hibernate.classpath")" $PKG.PlainHibernate)
if wants lean; then
	log "building the shop app"
	$MVN -f "$HERE/shop-app/pom.xml" package >&2
	rm -rf "$OUT/shop"
	mkdir -p "$OUT/shop"
	cp "$HERE/shop-app/target/shop-app.jar" "$SHOP_JAR"
fi
if wants drift; then
	log "building the drift check"
	$MVN -f "$HERE/drift/pom.xml" package >&2
fi

emit "# Atlas Spring Boot benchmarks"
emit ""
emit "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet HEAD 2>/dev/null || echo ' (with local changes)')"
emit "- Machine: $(nproc) CPUs ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) memory, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
emit "- Java: $("$JAVA" -version 2>&1 | head -n 1)$([[ -x $JAVA25 ]] && echo "; Java 25: $("$JAVA25" -version 2>&1 | head -n 1)")"
emit "- Each figure: median of $RUNS run(s) after $WARMUPS warm-up run(s)$( ((RUNS < 5)) && echo " (**fewer than 5 runs: preliminary**)"). Wall time and peak RSS of the whole process (\`/usr/bin/time -f '%e %M'\`; servers: VmHWM when ready)."
emit ""

# ---------------------------------------------------------------------------------------------
# 1. Sample app: print mode against a normal start

if wants sample || wants floor || wants options || wants fresh || wants lean; then
	measure print ddl "$JAVA" -jar "$SAMPLE_JAR" "${PRINT_ARGS[@]}"
fi

if wants sample; then
	measure_server start "$JAVA" -jar "$SAMPLE_JAR" --server.port={port}
	# The starter's only run-time parts in a normal start are its two auto-configurations (its
	# listener returns at once without the flag): excluding them is the start without it.
	measure_server startwithout "$JAVA" -jar "$SAMPLE_JAR" --server.port={port} \
		--spring.autoconfigure.exclude=io.github.atlasspring.autoconfigure.AtlasSchemaAutoConfiguration,io.github.atlasspring.autoconfigure.AtlasSchemaEndpointAutoConfiguration
	emit "## 1. Sample app: print mode against a normal start"
	emit ""
	table_row "Run of \`sample-app.jar\`" "Wall (s)" "Peak RSS (MB)"
	table_row "---" "---:" "---:"
	table_row "print mode \`--atlas.print-schema --atlas.dialect=postgres\`" "${WALL[print]}" "${RSS[print]}"
	table_row "normal start until \`/actuator/health\` answers 200" "${WALL[start]}" "${RSS[start]}"
	table_row "normal start without the starter's auto-configurations" "${WALL[startwithout]}" "${RSS[startwithout]}"
	r=$(ratio "${WALL[print]}" "${WALL[start]}")
	table_row "**print / start**" "**$r**" "target ≤ 0.5: $(verdict "$r" '<=' 0.5)"
	table_row "start with / without the starter" "$(ratio "${WALL[start]}" "${WALL[startwithout]}")" ""
	emit ""
fi

# ---------------------------------------------------------------------------------------------
# 2. The floor: a bare Spring Boot app and plain Hibernate

if wants floor; then
	measure bare any "$JAVA" -jar "$BARE_JAR"
	measure plain ddl "$JAVA" "${PLAIN[@]}" "$SAMPLE_CLASSES" io.github.atlasspring.sample
	same="no"
	if cmp -s "$WORK/plain.out" "$WORK/print.out"; then same="yes"; fi
	floor=$(sum "${WALL[bare]}" "${WALL[plain]}")
	emit "## 2. The floor: bare Spring Boot + plain Hibernate"
	emit ""
	table_row "Run" "Wall (s)" "Peak RSS (MB)"
	table_row "---" "---:" "---:"
	table_row "bare Spring Boot app (\`bare-app.jar\`: no beans, no web, exits)" "${WALL[bare]}" "${RSS[bare]}"
	table_row "plain Hibernate: metadata + DDL of the sample's entities, no Spring" "${WALL[plain]}" "${RSS[plain]}"
	table_row "floor = bare + plain" "$floor" ""
	table_row "print mode (sample app)" "${WALL[print]}" "${RSS[print]}"
	r=$(ratio "${WALL[print]}" "$floor")
	table_row "**print / floor**" "**$r**" "target ≤ 1.5: $(verdict "$r" '<=' 1.5)"
	emit ""
	emit "Plain Hibernate's DDL is byte-identical to print mode's: $same."
	emit ""
fi

# ---------------------------------------------------------------------------------------------
# 3. Scaling: generated models

# models [--web] N...: generates and builds the model applications of N entities in
# $OUT/models (with --web: $OUT/models-web), each size once per run
declare -A MODELS_BUILT
models() {
	local dir=$OUT/models option=() wanted=() n
	if [[ $1 == --web ]]; then
		dir=$OUT/models-web option=(--web)
		shift
	fi
	for n in "$@"; do
		if [[ -z ${MODELS_BUILT[$dir/$n]:-} ]]; then wanted+=("$n"); fi
	done
	if ((${#wanted[@]} == 0)); then return 0; fi
	log "generating and building models of ${wanted[*]} entities in $dir"
	"$JAVA" -cp "$BENCH_JAR" $PKG.ModelGenerator "${option[@]}" "$dir" "$ROOT/pom.xml" "${wanted[@]}"
	$MVN -f "$dir/pom.xml" package >&2
	for n in "${wanted[@]}"; do MODELS_BUILT[$dir/$n]=1; done
}
model_jar() { echo "$OUT/models/entities-$1/target/model-app.jar"; }
model_classes() { echo "$OUT/models/entities-$1/target/classes"; }

# shellcheck disable=SC2206
sizes=($SIZES)
smallest=${sizes[0]}
largest=${sizes[${#sizes[@]} - 1]}

if wants scaling; then
	models "${sizes[@]}"
	for n in "${sizes[@]}"; do
		measure "model$n" ddl "$JAVA" -jar "$(model_jar "$n")" "${PRINT_ARGS[@]}"
	done
	measure "model${largest}serial" ddl "$JAVA" -XX:+UseSerialGC -jar "$(model_jar "$largest")" "${PRINT_ARGS[@]}"
	emit "## 3. Scaling: print mode on generated models"
	emit ""
	table_row "Entities" "Statements" "Wall (s)" "× $smallest-entity wall" "Peak RSS (MB)"
	table_row "---:" "---:" "---:" "---:" "---:"
	for n in "${sizes[@]}"; do
		statements=$(grep -c ';$' "$WORK/model$n.out" 2>/dev/null || echo "n/a")
		table_row "$n" "$statements" "${WALL[model$n]}" "$(ratio "${WALL[model$n]}" "${WALL[model$smallest]}")" "${RSS[model$n]}"
	done
	table_row "$largest, option \`-XX:+UseSerialGC\`" "" "${WALL[model${largest}serial]}" \
		"$(ratio "${WALL[model${largest}serial]}" "${WALL[model$smallest]}")" "${RSS[model${largest}serial]}"
	emit ""
	r=$(ratio "${WALL[model$largest]}" "${WALL[model$smallest]}")
	mb=${RSS[model$largest]}
	emit "Targets (default command): $largest entities in ≤ 3 × the $smallest-entity time: $r × ($(verdict "$r" '<=' 3)); peak RSS under 512 MB: $mb MB ($(verdict "$mb" '<=' 511))."
	emit ""
fi

# ---------------------------------------------------------------------------------------------
# 4. The endpoint under load

# load ENDPOINT SECONDS CLIENT_WARMUP_SECONDS: one run of the load client against the server on
# $port; prints "REQUESTS_PER_S P50_MS P99_MS REQUESTS ERRORS"
load() {
	timeout --foreground -k 10 $(($2 + $3 + 60)) "$JAVA" -cp "$BENCH_JAR" $PKG.LoadClient load \
		"http://127.0.0.1:$port/actuator/$1" "$LOAD_THREADS" "$2" "$3"
}

if wants endpoint; then
	port=$(free_port)
	log "starting sample-app.jar on port $port for the endpoint load"
	"$JAVA" -jar "$SAMPLE_JAR" --server.port="$port" >"$WORK/endpoint-server.log" 2>&1 &
	SERVER_PID=$!
	"$JAVA" -cp "$BENCH_JAR" $PKG.LoadClient wait "http://127.0.0.1:$port/actuator/health" "$TIMEOUT"
	log "warming the server up: ${LOAD_WARMUP}s of load on each endpoint"
	for endpoint in info atlasschema; do
		load "$endpoint" "$LOAD_WARMUP" 0 >/dev/null || true
	done
	declare -A RPS P50 P99 REQUESTS ERRORS MEDIAN_RPS
	endpoint_failed=0
	for ((i = 0; i < RUNS; i++)); do
		# Alternate the order, so that neither endpoint always runs on a warmer server.
		order=(info atlasschema)
		if ((i % 2)); then order=(atlasschema info); fi
		for endpoint in "${order[@]}"; do
			if result=$(load "$endpoint" "$LOAD_SECONDS" "$LOAD_CLIENT_WARMUP"); then
				log "/actuator/$endpoint: $result"
				read -r rps p50 p99 count errors <<<"$result"
				RPS[$endpoint]+="$rps "; P50[$endpoint]+="$p50 "; P99[$endpoint]+="$p99 "
				REQUESTS[$endpoint]=$((${REQUESTS[$endpoint]:-0} + count))
				ERRORS[$endpoint]=$((${ERRORS[$endpoint]:-0} + errors))
			else
				log "FAILED: load on /actuator/$endpoint"
				endpoint_failed=1
			fi
		done
	done
	cleanup
	SERVER_PID=
	emit "## 4. The endpoint on a running sample app"
	emit ""
	emit "$LOAD_THREADS client threads (closed loop, java.net.http, HTTP/1.1 keep-alive) on the same machine as the server. After ${LOAD_WARMUP} s of load on each endpoint, $RUNS round(s) of ${LOAD_SECONDS} s on each (order alternating, ${LOAD_CLIENT_WARMUP} s client warm-up each); medians of the rounds."
	emit ""
	table_row "Endpoint" "Requests/s" "p50 (ms)" "p99 (ms)" "Requests" "Errors"
	table_row "---" "---:" "---:" "---:" "---:" "---:"
	for endpoint in info atlasschema; do
		for map in RPS P50 P99; do
			declare -n values=$map
			read -r -a list <<<"${values[$endpoint]:-}"
			if ((${#list[@]})); then
				printf -v "m_$map" '%s' "$(printf '%s\n' "${list[@]}" | median)"
			else
				printf -v "m_$map" '%s' "failed"
			fi
			unset -n values
		done
		MEDIAN_RPS[$endpoint]=$m_RPS
		table_row "\`/actuator/$endpoint\`" "$m_RPS" "$m_P50" "$m_P99" "${REQUESTS[$endpoint]:-0}" "${ERRORS[$endpoint]:-0}"
	done
	r=$(ratio "${MEDIAN_RPS[atlasschema]}" "${MEDIAN_RPS[info]}")
	emit ""
	emit "atlasschema / info throughput: **$r** (target ≥ 0.8: $(verdict "$r" '>=' 0.8))."
	emit ""

	# The first request on the largest model, on a server started for it: only a server's first
	# request builds the DDL, later ones come from the cache.
	models --web "$largest"
	web_jar=$OUT/models-web/entities-$largest/target/model-app.jar
	infos=() firsts=() seconds=() readies=() served=()
	for ((i = 0; i < WARMUPS + RUNS; i++)); do
		port=$(free_port)
		log "first request: starting the $largest-entity web model on port $port"
		"$JAVA" -jar "$web_jar" --server.port="$port" >"$WORK/endpoint-first-server.log" 2>&1 &
		SERVER_PID=$!
		base=http://127.0.0.1:$port/actuator
		if ! { "$JAVA" -cp "$BENCH_JAR" $PKG.LoadClient wait "$base/health" "$TIMEOUT" &&
				ready_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$SERVER_PID/status") &&
				result=$(timeout --foreground -k 10 "$TIMEOUT" "$JAVA" -cp "$BENCH_JAR" $PKG.LoadClient once \
					"$base/health" "$base/info" "$base/atlasschema" "$base/atlasschema"); }; then
			log "FAILED: first request on the $largest-entity model (see $WORK/endpoint-first-server.log)"
			endpoint_failed=1
			cleanup
			SERVER_PID=
			break
		fi
		peak_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$SERVER_PID/status")
		cleanup
		SERVER_PID=
		log "first request: $result ms (health, info, atlasschema twice); server VmHWM $ready_kb kB when ready, $peak_kb kB after"
		if ((i >= WARMUPS)); then
			read -r _ info first second <<<"$result"
			infos+=("$info"); firsts+=("$first"); seconds+=("$second"); readies+=("$((ready_kb / 1024))"); served+=("$((peak_kb / 1024))")
		fi
	done
	# median_of VALUE...: the median, or "failed" without values
	median_of() { if (($#)); then printf '%s\n' "$@" | median; else echo failed; fi; }
	emit "The first request on the $largest-entity model (\`ModelGenerator --web\`: the same entities with web MVC and actuator, H2), on a server started for each of $RUNS run(s); the client first asks \`/actuator/health\` on the same connection, so that its own warm-up is not counted, then \`/actuator/info\` once, whose latency is what any endpoint's first request costs. Medians of the runs."
	emit ""
	table_row "Request on the $largest-entity model" "Latency (ms)"
	table_row "---" "---:"
	table_row "first \`/actuator/info\` (for comparison)" "$(median_of "${infos[@]}")"
	table_row "first \`/actuator/atlasschema\` (uncached: builds the DDL)" "$(median_of "${firsts[@]}")"
	table_row "second \`/actuator/atlasschema\` (cached)" "$(median_of "${seconds[@]}")"
	emit ""
	emit "Peak RSS of the server when ready: $(median_of "${readies[@]}" | cut -d. -f1) MB; after the requests: $(median_of "${served[@]}" | cut -d. -f1) MB."
	emit ""
	if ((endpoint_failed)); then
		FAILURES=$((FAILURES + 1))
	fi
fi

# ---------------------------------------------------------------------------------------------
# 5. Start-up options for print mode

# train KEY COMMAND...: one print-mode training run that writes an archive (not measured)
train() {
	local key=$1
	shift
	log "training run for $key: $*"
	if ! timeout --foreground -k 10 "$TIMEOUT" "$@" >"$WORK/train-$key.out" 2>"$WORK/train-$key.err"; then
		log "FAILED: training run for $key"
		tail -n 5 "$WORK/train-$key.err" | sed 's/^/[bench]   /' >&2
		return 1
	fi
}

# shared_classes JAVA ARGS...: "N of M" classes loaded from a CDS/AOT archive in one run
shared_classes() {
	local java=$1 log="-Xlog:class+load:file=$WORK/classload.txt" args=() placed=0 arg
	shift
	# The log option goes last among the JVM options, so that a program's own -Xlog:disable
	# (the fast path's) does not switch it off again.
	for arg in "$@"; do
		if [[ $placed == 0 && ( $arg == -jar || $arg == -cp ) ]]; then
			args+=("$log")
			placed=1
		fi
		args+=("$arg")
	done
	if [[ $placed == 0 ]]; then args=("$log" "${args[@]}"); fi
	rm -f "$WORK/classload.txt"
	if timeout --foreground -k 10 "$TIMEOUT" "$java" "${args[@]}" >/dev/null 2>&1; then
		echo "$(grep -c 'shared objects file' "$WORK/classload.txt" || true) of $(grep -c 'source:' "$WORK/classload.txt" || true)"
	else
		echo "run failed"
	fi
}

if wants options; then
	emit "## 5. Start-up options for print mode (sample app)"
	emit ""
	extracted=$OUT/extracted/sample-app
	cds=$OUT/cds
	rm -rf "$extracted" "$cds"
	mkdir -p "$cds"
	log "extracting sample-app.jar to $extracted"
	"$JAVA" -Djarmode=tools -jar "$SAMPLE_JAR" extract --destination "$extracted"
	X=$extracted/sample-app.jar
	C1=-XX:TieredStopAtLevel=1
	declare -A LABEL CHECK
	keys=()
	variant() { keys+=("$1"); LABEL[$1]=$2; }

	variant print "Java 17, \`java -jar sample-app.jar\` (default)"
	variant j17c1 "Java 17, \`$C1\`"
	measure j17c1 ddl "$JAVA" $C1 -jar "$SAMPLE_JAR" "${PRINT_ARGS[@]}"
	variant j17x "Java 17, extracted (\`-Djarmode=tools extract\`)"
	measure j17x ddl "$JAVA" -jar "$X" "${PRINT_ARGS[@]}"
	# archive_rows KEY LABEL JAVA TRAIN_OPTION USE_OPTION: an archive made by one training run
	# on the extracted jar, then measured without and with C1
	archive_rows() {
		local key=$1 label=$2 java=$3 train_option=$4 use_option=$5
		variant "$key" "$label"
		variant "${key}c1" "$label + \`$C1\`"
		if train "$key" "$java" "$train_option" -jar "$X" "${PRINT_ARGS[@]}"; then
			CHECK[$key]=$(shared_classes "$java" "$use_option" -jar "$X" "${PRINT_ARGS[@]}")
			measure "$key" ddl "$java" "$use_option" -jar "$X" "${PRINT_ARGS[@]}"
			measure "${key}c1" ddl "$java" "$use_option" $C1 -jar "$X" "${PRINT_ARGS[@]}"
		else
			FAILURES=$((FAILURES + 1))
		fi
	}

	archive_rows j17cds "Java 17, extracted + CDS archive" "$JAVA" \
		-XX:ArchiveClassesAtExit="$cds/j17.jsa" -XX:SharedArchiveFile="$cds/j17.jsa"

	if [[ -x $JAVA25 ]]; then
		variant j25 "Java 25, \`java -jar sample-app.jar\`"
		measure j25 ddl "$JAVA25" -jar "$SAMPLE_JAR" "${PRINT_ARGS[@]}"
		variant j25c1 "Java 25, \`$C1\`"
		measure j25c1 ddl "$JAVA25" $C1 -jar "$SAMPLE_JAR" "${PRINT_ARGS[@]}"
		archive_rows j25cds "Java 25, extracted + CDS archive" "$JAVA25" \
			-XX:ArchiveClassesAtExit="$cds/j25.jsa" -XX:SharedArchiveFile="$cds/j25.jsa"
		archive_rows j25aot "Java 25, extracted + AOT cache (\`-XX:AOTCache\`, JEP 483/514)" "$JAVA25" \
			-XX:AOTCacheOutput="$cds/j25.aot" -XX:AOTCache="$cds/j25.aot"
	else
		log "no Java 25 at $JAVA25: its rows are skipped"
	fi

	if [[ $SPRING_AOT == 1 ]]; then
		# The same sources built with Spring AOT, processed once as for a normal start and once
		# in print mode (the AOT engine runs main with --atlas.print-schema).
		log "building the sample app with Spring AOT (normal and print mode)"
		# The AOT engine runs the application, which logs a lot: keep that in a file.
		if ! { $MVN -f "$HERE/aot/pom.xml" package &&
				$MVN -f "$HERE/aot/pom.xml" package -Daot.variant=print -Daot.argument=--atlas.print-schema; } \
				>"$WORK/spring-aot-build.log" 2>&1; then
			log "FAILED: Spring AOT build (see $WORK/spring-aot-build.log)"
			exit 1
		fi
		AOT_DEFAULT=$OUT/aot/default/sample-app-aot.jar
		AOT_PRINT=$OUT/aot/print/sample-app-aot.jar
		set +e
		timeout --foreground -k 10 "$TIMEOUT" "$JAVA" -Dspring.aot.enabled=true -jar "$AOT_DEFAULT" "${PRINT_ARGS[@]}" \
			>"$WORK/aot-default.out" 2>"$WORK/aot-default.err"
		aot_default_exit=$?
		set -e
		aot_default_error=$(grep '^atlas: error' "$WORK/aot-default.err" | tail -n 1 || true)
		log "Spring AOT processed for a normal start, run in print mode: exit $aot_default_exit ${aot_default_error}"
		variant springaot "Java 17, Spring AOT processed in print mode (\`-Dspring.aot.enabled=true\`)"
		measure springaot ddl "$JAVA" -Dspring.aot.enabled=true -jar "$AOT_PRINT" "${PRINT_ARGS[@]}"
		if [[ -x $JAVA25 ]]; then
			aot_extracted=$OUT/extracted/sample-app-aot
			rm -rf "$aot_extracted"
			"$JAVA" -Djarmode=tools -jar "$AOT_PRINT" extract --destination "$aot_extracted"
			XA=$aot_extracted/sample-app-aot.jar
			variant springaot25 "Java 25, Spring AOT (print mode) + extracted + AOT cache"
			if train springaot25 "$JAVA25" -XX:AOTCacheOutput="$cds/j25-spring-aot.aot" -Dspring.aot.enabled=true \
					-jar "$XA" "${PRINT_ARGS[@]}"; then
				CHECK[springaot25]=$(shared_classes "$JAVA25" -XX:AOTCache="$cds/j25-spring-aot.aot" \
					-Dspring.aot.enabled=true -jar "$XA" "${PRINT_ARGS[@]}")
				measure springaot25 ddl "$JAVA25" -XX:AOTCache="$cds/j25-spring-aot.aot" -Dspring.aot.enabled=true \
					-jar "$XA" "${PRINT_ARGS[@]}"
			else
				FAILURES=$((FAILURES + 1))
			fi
		fi
	fi

	table_row "Variant" "Wall (s)" "× default" "Peak RSS (MB)" "Classes from the archive"
	table_row "---" "---:" "---:" "---:" "---:"
	for key in "${keys[@]}"; do
		table_row "${LABEL[$key]}" "${WALL[$key]:-n/a}" "$(ratio "${WALL[$key]:-n/a}" "${WALL[print]}")" \
			"${RSS[$key]:-n/a}" "${CHECK[$key]:-}"
	done
	emit ""
	emit "Archives come from one print-mode training run each (\`-XX:ArchiveClassesAtExit\`, \`-XX:AOTCacheOutput\`) on the extracted layout; \"classes from the archive\" counts \`-Xlog:class+load\` lines from the shared objects file in one checking run."
	if [[ $SPRING_AOT == 1 ]]; then
		emit "Spring AOT processed for a normal start (what \`process-aot\` does by default), run with \`-Dspring.aot.enabled=true --atlas.print-schema\`: exit code $aot_default_exit, \`${aot_default_error:-no atlas error line}\`."
	fi
	emit ""
fi

# ---------------------------------------------------------------------------------------------
# 6. The always-fresh route: compile and print in one Maven command

if wants fresh; then
	fresh=$OUT/fresh/sample-app
	rm -rf "$OUT/fresh"
	mkdir -p "$fresh"
	# The sample app's pom, atlas.hcl, .mvn and main sources; its parent and the plugin come
	# from the local repository, so the root must have been installed.
	(cd "$ROOT/sample-app" && tar -cf - pom.xml atlas.hcl .mvn src/main) | tar -xf - -C "$fresh"
	entity=$fresh/src/main/java/io/github/atlasspring/sample/Tag.java
	# shellcheck disable=SC2206
	FRESH=($MVN -Dorg.slf4j.simpleLogger.logFile=System.err atlas:print-schema -Datlas.dialect=postgres)
	log "always-fresh route in $fresh: ${FRESH[*]}"
	# Commands run in the copy; the touched variant first marks the entity as changed.
	IN_COPY=(bash -c 'cd "$1" && shift && exec "$@"' in-copy "$fresh")
	TOUCHED=(bash -c 'touch "$1" && cd "$2" && shift 2 && exec "$@"' touched "$entity" "$fresh")
	measure freshsame ddl "${IN_COPY[@]}" "${FRESH[@]}"
	measure freshtouched ddl "${TOUCHED[@]}" "${FRESH[@]}"
	measure bootrun ddl "${IN_COPY[@]}" $MVN spring-boot:run "-Dspring-boot.run.arguments=${PRINT_ARGS[*]}"
	if [[ -z ${WALL[j17cdsc1]:-} ]]; then
		# The README's fast packaged recipe, when table 5 did not measure it in this run.
		"$JAVA" -Djarmode=tools -jar "$SAMPLE_JAR" extract --destination "$OUT/fresh/extracted"
		if train freshcds "$JAVA" -XX:ArchiveClassesAtExit="$OUT/fresh/app.jsa" \
				-jar "$OUT/fresh/extracted/sample-app.jar" "${PRINT_ARGS[@]}"; then
			measure j17cdsc1 ddl "$JAVA" -XX:SharedArchiveFile="$OUT/fresh/app.jsa" -XX:TieredStopAtLevel=1 \
				-jar "$OUT/fresh/extracted/sample-app.jar" "${PRINT_ARGS[@]}"
		else
			FAILURES=$((FAILURES + 1))
		fi
	fi
	# same_stdout KEY: whether a run's standard output is byte-identical to java -jar's
	same_stdout() { if cmp -s "$WORK/$1.out" "$WORK/print.out"; then echo yes; else echo "**no**"; fi; }
	emit "## 6. Always fresh: compile and print in one Maven command (sample app)"
	emit ""
	table_row "Route" "Wall (s)" "× \`java -jar\`" "Peak RSS (MB)" "Standard output = \`java -jar\`'s"
	table_row "---" "---:" "---:" "---:" "---"
	table_row "packaged: \`java -jar sample-app.jar\` (stale after an entity change)" "${WALL[print]}" "1.00" \
		"${RSS[print]}" "yes"
	table_row "packaged: extracted + CDS archive + \`-XX:TieredStopAtLevel=1\` (README's fast recipe)" \
		"${WALL[j17cdsc1]:-n/a}" "$(ratio "${WALL[j17cdsc1]:-n/a}" "${WALL[print]}")" "${RSS[j17cdsc1]:-n/a}" \
		"$(same_stdout j17cdsc1)"
	table_row "fresh: \`atlas:print-schema\`, nothing to compile" "${WALL[freshsame]}" \
		"$(ratio "${WALL[freshsame]}" "${WALL[print]}")" "${RSS[freshsame]}" "$(same_stdout freshsame)"
	table_row "fresh: \`atlas:print-schema\` after an entity change (the module recompiles)" "${WALL[freshtouched]}" \
		"$(ratio "${WALL[freshtouched]}" "${WALL[print]}")" "${RSS[freshtouched]}" "$(same_stdout freshtouched)"
	table_row "for comparison: \`spring-boot:run\` with the same arguments" "${WALL[bootrun]}" \
		"$(ratio "${WALL[bootrun]}" "${WALL[print]}")" "${RSS[bootrun]}" \
		"$(same_stdout bootrun) ($(grep -vc -e '^create ' -e '^alter ' -e '^insert ' "$WORK/bootrun.out" || true) other lines)"
	emit ""
	emit "Maven: \`${FRESH[*]}\` in a copy of the sample app ($("${MVN%% *}" -v 2>/dev/null | head -n 1 | sed 's/\x1b\[[0-9;]*m//g')). Peak RSS is the largest process of the command (Maven's JVM or the application's)."
	emit ""
fi

# ---------------------------------------------------------------------------------------------
# 7. Lean start: print mode against a normal start and the floor

# starter_declares JAR PROPERTY: whether the starter in an executable jar declares PROPERTY in
# its configuration metadata (an option it does not know would be ignored without a word)
starter_declares() {
	local lib
	lib=$(unzip -Z1 "$1" 'BOOT-INF/lib/atlas-spring-boot-autoconfigure-*.jar' 2>/dev/null | head -n 1)
	[[ -n $lib ]] && unzip -p "$1" "$lib" >"$WORK/autoconfigure.jar" &&
		unzip -p "$WORK/autoconfigure.jar" META-INF/spring-configuration-metadata.json 2>/dev/null |
		grep -q "\"name\": \"$2\""
}

# measure_without_lean_start KEY JAR: print mode with --atlas.lean-start=false
measure_without_lean_start() {
	if starter_declares "$2" atlas.lean-start; then
		measure "$1" ddl "$JAVA" -jar "$2" "${PRINT_ARGS[@]}" --atlas.lean-start=false
	else
		failed "$1" "the starter in $2 declares no atlas.lean-start, so print mode has no lean start to turn off"
	fi
}

# same_ddl KEY KEY: whether two runs' standard output is byte-identical, for the tables
same_ddl() {
	if [[ ${WALL[$1]:-failed} == failed || ${WALL[$2]:-failed} == failed ]]; then echo "n/a"
	elif cmp -s "$WORK/$1.out" "$WORK/$2.out"; then echo yes
	else echo "**no**"; fi
}

# fresh_database NAME: drops and creates a database on the PostgreSQL server
fresh_database() {
	psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 \
		-c "drop database if exists $1 with (force)" -c "create database $1" >&2
}

if wants lean; then
	if [[ -z ${WALL[start]:-} ]]; then
		measure_server start "$JAVA" -jar "$SAMPLE_JAR" --server.port={port}
	fi
	measure_without_lean_start printfull "$SAMPLE_JAR"

	SHOP_DB=atlas_bench_shop
	SHOP_ARGS=(--spring.datasource.url="jdbc:postgresql://$PG_HOST:$PG_PORT/$SHOP_DB" --spring.datasource.username="$PG_USER")
	log "shop app: a fresh database $SHOP_DB, whose schema one normal start (not measured) migrates"
	if fresh_database "$SHOP_DB" &&
			server_run shopmigrate "$JAVA" -jar "$SHOP_JAR" --server.port={port} "${SHOP_ARGS[@]}" >/dev/null; then
		measure_server shopstart "$JAVA" -jar "$SHOP_JAR" --server.port={port} "${SHOP_ARGS[@]}"
	else
		failed shopstart "the shop app did not start on $SHOP_DB (see $WORK/shopmigrate.log)"
	fi
	measure shopprint ddl "$JAVA" -jar "$SHOP_JAR" "${PRINT_ARGS[@]}"
	measure_without_lean_start shopprintfull "$SHOP_JAR"
	changelog=$HERE/shop-app/src/main/resources/config/liquibase/changelog/00000000000000_initial_schema.sql
	in_step="**no**"
	if cmp -s <(grep -v -e '^--' -e '^$' "$changelog") <(grep -v -e '^--' -e '^$' "$WORK/shopprint.out"); then in_step=yes; fi

	models 10
	measure_once model10 ddl "$JAVA" -jar "$(model_jar 10)" "${PRINT_ARGS[@]}"
	measure_without_lean_start model10full "$(model_jar 10)"
	measure_once bare any "$JAVA" -jar "$BARE_JAR"
	measure plain10 ddl "$JAVA" "${PLAIN[@]}" "$(model_classes 10)" bench.model
	floor10=$(sum "${WALL[bare]}" "${WALL[plain10]}")

	emit "## 7. Lean start: print mode against a normal start and the floor"
	emit ""
	table_row "App" "Run" "Wall (s)" "× normal start" "Peak RSS (MB)"
	table_row "---" "---" "---:" "---:" "---:"
	for app in sample shop; do
		if [[ $app == sample ]]; then keys=(start print printfull); else keys=(shopstart shopprint shopprintfull); fi
		table_row "$app-app" "normal start until \`/actuator/health\` answers 200" "${WALL[${keys[0]}]}" "1.00" "${RSS[${keys[0]}]}"
		table_row "$app-app" "print mode (default)" "${WALL[${keys[1]}]}" \
			"**$(ratio "${WALL[${keys[1]}]}" "${WALL[${keys[0]}]}")**" "${RSS[${keys[1]}]}"
		table_row "$app-app" "print mode, \`--atlas.lean-start=false\`" "${WALL[${keys[2]}]}" \
			"$(ratio "${WALL[${keys[2]}]}" "${WALL[${keys[0]}]}")" "${RSS[${keys[2]}]}"
	done
	emit ""
	r_sample=$(ratio "${WALL[print]}" "${WALL[start]}")
	r_shop=$(ratio "${WALL[shopprint]}" "${WALL[shopstart]}")
	emit "Targets, print mode / normal start ≤ 0.30: sample-app $r_sample ($(verdict "$r_sample" '<=' 0.30)), shop-app $r_shop ($(verdict "$r_shop" '<=' 0.30))."
	emit "The shop app starts on PostgreSQL (\`$SHOP_DB\`, migrated by its own \`SpringLiquibase\` in an earlier start); print mode connects to nothing."
	emit ""
	table_row "10-entity model" "Wall (s)" "× floor" "Peak RSS (MB)"
	table_row "---" "---:" "---:" "---:"
	table_row "bare Spring Boot app (\`bare-app.jar\`)" "${WALL[bare]}" "" "${RSS[bare]}"
	table_row "plain Hibernate: the model's entities, no Spring" "${WALL[plain10]}" "" "${RSS[plain10]}"
	table_row "floor = bare + plain" "$floor10" "1.00" ""
	table_row "print mode (default)" "${WALL[model10]}" "**$(ratio "${WALL[model10]}" "$floor10")**" "${RSS[model10]}"
	table_row "print mode, \`--atlas.lean-start=false\`" "${WALL[model10full]}" "$(ratio "${WALL[model10full]}" "$floor10")" "${RSS[model10full]}"
	emit ""
	r=$(ratio "${WALL[model10]}" "$floor10")
	emit "Target, print mode / floor ≤ 1.25: $r ($(verdict "$r" '<=' 1.25))."
	emit "DDL of the lean start byte-identical to \`--atlas.lean-start=false\`'s: sample-app $(same_ddl print printfull), shop-app $(same_ddl shopprint shopprintfull), 10-entity model $(same_ddl model10 model10full); plain Hibernate's on the model: $(same_ddl model10 plain10). The shop app's Liquibase changelog is print mode's DDL: $in_step."
	emit ""
fi

# ---------------------------------------------------------------------------------------------
# 8. The fast path in one command, against a bare Hibernate exporter with the same options

# program_list FILE: the strings of the HCL list that FILE holds, bare or as the attribute
# (program = ["java", "-jar", "app.jar"]), one a line; fails when FILE holds anything else
program_list() {
	local all
	all=$(tr -d '\n' <"$1")
	[[ $all =~ ^[[:space:]]*(program[[:space:]]*=[[:space:]]*)?\[.*\][[:space:]]*$ ]] || return 1
	grep -o '"\([^"\\]\|\\.\)*"' "$1" | sed -e 's/^"//' -e 's/"$//' -e 's/\\"/"/g' -e 's/\\\\/\\/g'
}

# fast_path V JAVA N: prepares the fast path of the N-entity model with JAVA (timed once, key
# prepV_N), then measures the program it printed (key fastV_N)
declare -A PREP PROGRAM CHECK
fast_path() {
	local v=$1 java=$2 n=$3 key="fast${1}_$3" dir="$OUT/fastpath/j$1/entities-$3" result program
	rm -rf "$dir"
	mkdir -p "$(dirname "$dir")"
	log "prepare${v}_$n: $java -jar $(model_jar "$n") --atlas.prepare-fast-path=$dir --atlas.dialect=postgres"
	if ! result=$(run_once "$WORK/prepare${v}_$n.out" "$java" -jar "$(model_jar "$n")" \
			--atlas.prepare-fast-path="$dir" --atlas.dialect=postgres); then
		PREP[$key]=failed
		failed "$key" "preparing the fast path failed"
		return 0
	fi
	PREP[$key]=${result% *}
	if ! program_list "$WORK/prepare${v}_$n.out" >"$WORK/program-$key.txt"; then
		PREP[$key]=failed
		failed "$key" "--atlas.prepare-fast-path printed no program list (has the starter in $(model_jar "$n") that option?); its output is in $WORK/prepare${v}_$n.out"
		return 0
	fi
	mapfile -t program <"$WORK/program-$key.txt"
	# A bare "java" runs whichever JVM is on the PATH: the archive fits the one that made it.
	if [[ ${program[0]} == java ]]; then program[0]=$java; fi
	# The tables compare PostgreSQL DDL.
	if ! printf '%s\n' "${program[@]}" | grep -q '^--atlas.dialect'; then program+=(--atlas.dialect=postgres); fi
	PROGRAM[$key]=$(paste -sd ' ' "$WORK/program-$key.txt")
	CHECK[$key]=$(shared_classes "${program[@]}")
	measure "$key" ddl "${program[@]}"
}

# exporter V JAVA N: PlainHibernate on the N-entity model's classes with the fast path's options:
# an archive trained for it (Java 17: CDS, Java 25: AOT cache) and C1 only (key plainV_N)
exporter() {
	local v=$1 java=$2 n=$3 key="plain${1}_$3" archive="$OUT/fastpath/plain-j$1-$3" train_option use_option
	mkdir -p "$OUT/fastpath"
	if [[ $v == 17 ]]; then
		train_option=-XX:ArchiveClassesAtExit=$archive.jsa use_option=-XX:SharedArchiveFile=$archive.jsa
	else
		train_option=-XX:AOTCacheOutput=$archive.aot use_option=-XX:AOTCache=$archive.aot
	fi
	rm -f "$archive".*
	if train "$key" "$java" "$train_option" "${PLAIN[@]}" "$(model_classes "$n")" bench.model; then
		CHECK[$key]=$(shared_classes "$java" "$use_option" "${PLAIN[@]}" "$(model_classes "$n")" bench.model)
		measure "$key" ddl "$java" "$use_option" -XX:TieredStopAtLevel=1 "${PLAIN[@]}" "$(model_classes "$n")" bench.model
	else
		failed "$key" "training run of the exporter"
	fi
}

if wants fastpath; then
	models "${sizes[@]}"
	jvms=("17 $JAVA")
	if [[ -x $JAVA25 ]]; then jvms+=("25 $JAVA25"); else log "no Java 25 at $JAVA25: its fast-path rows are skipped"; fi
	for n in "${sizes[@]}"; do
		measure_once "model$n" ddl "$JAVA" -jar "$(model_jar "$n")" "${PRINT_ARGS[@]}"
	done
	for jvm in "${jvms[@]}"; do
		for n in "${sizes[@]}"; do
			fast_path "${jvm%% *}" "${jvm#* }" "$n"
			exporter "${jvm%% *}" "${jvm#* }" "$n"
		done
	done
	emit "## 8. The fast path in one command (\`--atlas.prepare-fast-path\`), against a bare Hibernate exporter"
	emit ""
	table_row "Entities" "Java" "Preparation (s)" "Fast path (s)" "Peak RSS (MB)" "Exporter + archive + C1 (s)" "Peak RSS (MB)" "Fast path / exporter" "Target" "DDL = \`java -jar\`'s" "Classes from the archive: fast path, exporter"
	table_row "---:" "---" "---:" "---:" "---:" "---:" "---:" "---:" "---" "---" "---"
	for jvm in "${jvms[@]}"; do
		v=${jvm%% *}
		for n in "${sizes[@]}"; do
			r=$(ratio "${WALL[fast${v}_$n]}" "${WALL[plain${v}_$n]}")
			if ((n < 100)); then target="≤ 1.2: $(verdict "$r" '<=' 1.2)"; else target="< 1.0: $(verdict "$r" '<' 1.0)"; fi
			table_row "$n" "$v" "${PREP[fast${v}_$n]}" "${WALL[fast${v}_$n]}" "${RSS[fast${v}_$n]}" \
				"${WALL[plain${v}_$n]}" "${RSS[plain${v}_$n]}" "**$r**" "$target" "$(same_ddl "fast${v}_$n" "model$n")" \
				"${CHECK[fast${v}_$n]:-n/a}; ${CHECK[plain${v}_$n]:-n/a}"
		done
	done
	emit ""
	emit "Peak RSS at $largest entities, Java 17: fast path ${RSS[fast17_$largest]} MB (target < 256: $(verdict "${RSS[fast17_$largest]}" '<' 256)), default \`java -jar\` ${RSS[model$largest]} MB (target < 384: $(verdict "${RSS[model$largest]}" '<' 384))."
	emit ""
	for jvm in "${jvms[@]}"; do
		v=${jvm%% *}
		emit "Program printed on Java $v for $largest entities: \`${PROGRAM[fast${v}_$largest]:-none}\`"
		emit ""
	done
fi

# ---------------------------------------------------------------------------------------------
# 9. The drift check on PostgreSQL

# drift_check KEY CLASSES_DIR PACKAGE: one DriftCheck program; DRIFT[KEY] is its median check
# in ms, WALL and RSS the whole program's (one run)
declare -A DRIFT
drift_check() {
	local key=$1 result
	log "$key: DriftCheck $2 $3"
	if result=$(run_once "$WORK/$key.out" "$JAVA" -cp "$DRIFT_CP" io.github.atlasspring.benchmarks.drift.DriftCheck \
			"$2" "$3" "jdbc:postgresql://$PG_HOST:$PG_PORT/postgres" "$PG_USER" "$RUNS") &&
			is_number "$(tail -n 1 "$WORK/$key.out")"; then
		DRIFT[$key]=$(tail -n 1 "$WORK/$key.out")
		WALL[$key]=${result% *}
		RSS[$key]=$(( ${result#* } / 1024 ))
		log "$key: ${DRIFT[$key]} ms a check"
	else
		DRIFT[$key]=failed
		failed "$key" "DriftCheck on $2"
	fi
}

if wants drift; then
	models 100
	DRIFT_CP="$(ls "$DRIFT_TARGET"/atlas-spring-boot-benchmarks-drift-*.jar | head -n 1):$(cat "$DRIFT_TARGET/drift.classpath")"
	drift_check driftsample "$SAMPLE_CLASSES" io.github.atlasspring.sample
	drift_check drift100 "$(model_classes 100)" bench.model
	emit "## 9. The drift check on PostgreSQL"
	emit ""
	emit "\`assertThat(script).matchesDatabase(dataSource)\` of atlas-spring-boot-test on a database made by the model's own DDL, as a faithful migration would (\`DriftCheck\`: one check not counted, then $RUNS timed, median)."
	emit ""
	table_row "Model" "Drift check (ms)" "Whole program, one run (s)" "Peak RSS (MB)"
	table_row "---" "---:" "---:" "---:"
	table_row "sample app (\`io.github.atlasspring.sample\`)" "**${DRIFT[driftsample]}**" "${WALL[driftsample]}" "${RSS[driftsample]}"
	table_row "generated model of 100 entities" "**${DRIFT[drift100]}**" "${WALL[drift100]}" "${RSS[drift100]}"
	emit ""
fi

if ((FAILURES > 0)); then
	log "$FAILURES measurement(s) failed; see $WORK"
	exit 1
fi
log "done; tables also in $RESULTS"
