# Script mode: Atlas runs a small program that names the entities and prints their DDL,
# instead of starting the application (see the README's "Script mode"). The program is
# SampleSchema in src/main/java; its class path is the example's own classes, its
# libraries (target/dependency) and the sample app's compiled entities. Build first, from
# the repository root: mvn -B package -DskipTests -pl script-mode-example -am
#
# Atlas runs the program without a shell: the java launcher itself expands
# target/dependency/* into the jars there.

data "external_schema" "postgres" {
  program = [
    "java", "-XX:TieredStopAtLevel=1",
    "-cp", "target/classes:target/dependency/*:../sample-app/target/classes",
    "io.github.atlasspring.example.script.SampleSchema",
    "--dialect=postgres", "--dialect-version=16",
  ]
}

data "external_schema" "mariadb" {
  program = [
    "java", "-XX:TieredStopAtLevel=1",
    "-cp", "target/classes:target/dependency/*:../sample-app/target/classes",
    "io.github.atlasspring.example.script.SampleSchema",
    "--dialect=mariadb", "--dialect-version=10.11",
  ]
}

# Without a program of one's own: the starter's command names the entities by package
# (or --classes=...).
data "external_schema" "postgres_command" {
  program = [
    "java", "-XX:TieredStopAtLevel=1",
    "-cp", "target/dependency/*:../sample-app/target/classes",
    "io.github.atlasspring.script.PrintEntitySchema",
    "--dialect=postgres", "--dialect-version=16", "--packages=io.github.atlasspring.sample",
  ]
}

# A model with tables in other schemas needs a database-scoped (PostgreSQL) or
# server-scoped (MariaDB) dev URL, as in the sample app's atlas.hcl.
env "postgres" {
  src = data.external_schema.postgres.url
  dev = "docker://postgres/16/dev"
  migration {
    dir = "file://migrations/postgres"
  }
}

env "mariadb" {
  src = data.external_schema.mariadb.url
  dev = "docker://mariadb/10.11"
  migration {
    dir = "file://migrations/mariadb"
  }
}
