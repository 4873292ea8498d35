# Atlas loads the desired schema from the application itself: print mode starts the
# app's Spring context without touching any database, prints Hibernate's DDL for the
# given dialect and version, and exits. Two routes:
#
# - Packaged (envs postgres, mariadb): java -jar on the built jar. Fast, but the
#   jar is stale after every entity change until it is rebuilt: mvn -B package -DskipTests
# - Always fresh (env postgres_fresh): Maven compiles the sources and prints in one command.

data "external_schema" "postgres" {
  program = [
    "java", "-jar", "target/sample-app.jar",
    "--atlas.print-schema", "--atlas.dialect=postgres", "--atlas.dialect-version=16",
  ]
}

data "external_schema" "mariadb" {
  program = [
    "java", "-jar", "target/sample-app.jar",
    "--atlas.print-schema", "--atlas.dialect=mariadb", "--atlas.dialect-version=10.11",
  ]
}

# Always fresh: the atlas:print-schema goal compiles, then runs print mode on the compiled
# classes. -q keeps Maven's own messages off standard output and the logger option sends its
# errors to standard error; .mvn/jvm.config stops the Maven that Debian and Ubuntu package from
# writing ESC[0m to standard output when it exits. ./mvnw works the same way.
data "external_schema" "postgres_fresh" {
  program = [
    "mvn", "-B", "-q", "-Dorg.slf4j.simpleLogger.logFile=System.err",
    "atlas:print-schema", "-Datlas.dialect=postgres", "-Datlas.dialect-version=16",
  ]
}

# The migrations live where Flyway runs them as the application starts, one directory per
# database, in Atlas's Flyway format (V<version>__<name>.sql). Plan the next one with
#   atlas migrate diff --env postgres add_blog_summary
# then run the application's tests: its snapshot and drift tests check the result.
env "postgres" {
  src = data.external_schema.postgres.url
  dev = "docker://postgres/16/dev?search_path=public"
  migration {
    dir = "file://src/main/resources/db/migration/postgresql?format=flyway"
  }
  format {
    migrate {
      diff = "{{ sql . \"  \" }}"
    }
  }
}

env "postgres_fresh" {
  src = data.external_schema.postgres_fresh.url
  dev = "docker://postgres/16/dev?search_path=public"
  migration {
    dir = "file://src/main/resources/db/migration/postgresql?format=flyway"
  }
  format {
    migrate {
      diff = "{{ sql . \"  \" }}"
    }
  }
}

env "mariadb" {
  src = data.external_schema.mariadb.url
  dev = "docker://mariadb/10.11/dev"
  migration {
    dir = "file://src/main/resources/db/migration/mariadb?format=flyway"
  }
  format {
    migrate {
      diff = "{{ sql . \"  \" }}"
    }
  }
}

# Faster (see the README): once per build, run
#   java -jar target/sample-app.jar --atlas.prepare-fast-path=target/atlas --atlas.dialect=postgres --atlas.dialect-version=16
# and put the program it prints here. It names this machine's Java and files by absolute path;
# with Java 17 in /usr/lib/jvm/java-17-openjdk-amd64 and the sample app in /home/me/sample-app:
data "external_schema" "postgres_fast" {
  program = [
    "/usr/lib/jvm/java-17-openjdk-amd64/bin/java",
    "-Xlog:disable",
    "-Xlog:all=warning:stderr",
    "-XX:SharedArchiveFile=/home/me/sample-app/target/atlas/app.jsa",
    "-XX:TieredStopAtLevel=1",
    "-Dspring.backgroundpreinitializer.ignore=true",
    "-jar",
    "/home/me/sample-app/target/atlas/sample-app.jar",
    "--atlas.print-schema",
    "--atlas.dialect=postgres",
    "--atlas.dialect-version=16",
  ]
}

# A running instance can serve the same DDL (management.endpoints.web.exposure.include
# must list atlasschema):
data "external_schema" "running" {
  program = ["curl", "-sf", "http://localhost:8080/actuator/atlasschema?dialect=postgres&version=16"]
}
