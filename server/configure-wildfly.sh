#!/usr/bin/env bash
# Applies configure-wildfly.cli to a freshly unpacked WildFly, once: a marker records which version
# of the script was applied, so a changed script means unpacking afresh (mvn clean).
set -euo pipefail
wildfly_home=$1
script_dir=$(cd "$(dirname "$0")" && pwd)
cli=$script_dir/configure-wildfly.cli
marker=$wildfly_home/standalone/configuration/.opeverkko-configured
checksum=$(sha256sum "$cli" | cut -d' ' -f1)

if [[ -f $marker ]]; then
  if [[ $(cat "$marker") == "$checksum" ]]; then
    echo "WildFly already configured for Opeverkko: $wildfly_home"
    exit 0
  fi
  echo "configure-wildfly.cli changed since $wildfly_home was configured: run 'mvn clean install'" >&2
  exit 1
fi

echo "Configuring WildFly for Opeverkko: $wildfly_home"
JAVA_OPTS="-Xmx512m" "$wildfly_home/bin/jboss-cli.sh" --file="$cli"
echo "$checksum" > "$marker"
