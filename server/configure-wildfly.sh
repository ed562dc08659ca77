#!/usr/bin/env bash
# Configures a freshly unpacked WildFly for Opeverkko, once: configure-wildfly.cli makes
# standalone.xml (H2, mail, logging); a copy of it, changed by configure-postgres.cli, is
# standalone-postgres.xml (the same server on PostgreSQL, its JDBC driver the module
# org.postgresql). The same two scripts make standalone-ha.xml's copy standalone-ha-postgres.xml,
# which configure-cluster.cli turns into a node of 'bin/portal cluster'. A marker records which
# version of this configuration was applied, so a changed script means unpacking afresh (mvn clean).
# The configured files are kept outside the clone (OPEVERKKO_CACHE, as Keycloak's build in
# bin/keycloak): the CLI's two runs take about 11 s of a start on a clean clone, a copy none.
#
#   configure-wildfly.sh WILDFLY_HOME POSTGRESQL_DRIVER_JAR
set -euo pipefail
wildfly_home=$1
driver_jar=$2
script_dir=$(cd "$(dirname "$0")" && pwd)
configuration=$wildfly_home/standalone/configuration
marker=$configuration/.opeverkko-configured
checksum=$(cat "$0" "$script_dir"/configure-*.cli "$driver_jar" \
  | sha256sum | cut -d' ' -f1)

if [[ -f $marker ]]; then
  if [[ $(cat "$marker") == "$checksum" ]]; then
    echo "WildFly already configured for Opeverkko: $wildfly_home"
    exit 0
  fi
  echo "the WildFly configuration changed since $wildfly_home was configured: run 'mvn clean install'" >&2
  exit 1
fi

configured_files=(standalone.xml standalone-ha.xml standalone-postgres.xml standalone-ha-postgres.xml)
module_dir=$wildfly_home/modules/org/postgresql/main
kept=${OPEVERKKO_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/opeverkko}/$(basename "$wildfly_home")-configured-${checksum:0:12}

if [[ -f $kept/.opeverkko-configured ]]; then
  echo "Configuring WildFly for Opeverkko: the configuration kept in $kept"
  (cd "$kept" && cp "${configured_files[@]}" "$configuration/")
  mkdir -p "$module_dir"
  cp "$kept"/module/* "$module_dir/"
  cp "$kept/.opeverkko-configured" "$marker"
  exit 0
fi

# Runs CLI scripts, each on its configuration file (the scripts name standalone.xml or
# standalone-postgres.xml, for the HA server the same with -ha): cli SCRIPT FILE [SCRIPT FILE]...
# All in one CLI process: each process takes about 5 s to start, the embedded servers under a second.
cli() {
  local applied
  applied=$(mktemp)
  while (($# > 0)); do
    sed -E "s/--server-config=[a-z-]+\.xml/--server-config=$2/" "$1" >>"$applied"
    shift 2
  done
  JAVA_OPTS="-Xmx512m" "$wildfly_home/bin/jboss-cli.sh" --file="$applied"
  rm -f "$applied"
}

echo "Configuring WildFly for Opeverkko: $wildfly_home"
cli "$script_dir/configure-wildfly.cli" standalone.xml \
  "$script_dir/configure-wildfly.cli" standalone-ha.xml

# The driver as a static module (not a deployment), so the datasource exists before any deployment.
mkdir -p "$module_dir"
cp "$driver_jar" "$module_dir/postgresql.jar"
cat >"$module_dir/module.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:jboss:module:1.9" name="org.postgresql">
  <resources>
    <resource-root path="postgresql.jar"/>
  </resources>
  <dependencies>
    <module name="javax.api"/>
    <module name="jakarta.transaction.api"/>
  </dependencies>
</module>
XML
cp "$configuration/standalone.xml" "$configuration/standalone-postgres.xml"
cp "$configuration/standalone-ha.xml" "$configuration/standalone-ha-postgres.xml"
cli "$script_dir/configure-postgres.cli" standalone-postgres.xml \
  "$script_dir/configure-postgres.cli" standalone-ha-postgres.xml \
  "$script_dir/configure-cluster.cli" standalone-ha-postgres.xml
echo "$checksum" > "$marker"

# Kept for the next clone: made beside and renamed, so a start never finds half a copy.
keeping=$kept.$$
rm -rf "$keeping"
if mkdir -p "$keeping/module" && (cd "$configuration" && cp "${configured_files[@]}" .opeverkko-configured "$keeping/") \
    && cp "$module_dir"/* "$keeping/module/"; then
  rm -rf "$kept" && mv "$keeping" "$kept" && echo "WildFly's configuration kept in $kept"
fi
rm -rf "$keeping"
