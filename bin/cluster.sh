# The portal's production shape on this machine, sourced by bin/portal ('bin/portal cluster ...'):
# two WildFly nodes (standalone-ha-postgres.xml, made by server/configure-cluster.cli) on one
# PostgreSQL, behind HAProxy, with Keycloak and a mail server of their own. Everything on 127.0.0.1,
# on ports of its own, so that it runs beside 'bin/portal start' and the tests (but shares their
# Keycloak on 8180: hold /tmp/opeverkko-ports.lock while it runs on a shared machine).
#
#   balancer      http://localhost:8000/ (HAProxy; stats on http://localhost:8404/)
#   node1         offset 1000: HTTP 9080, management 10990 (health, metrics), JGroups 8600 and
#                 58600 (failure detection)
#   node2         offset 1100: HTTP 9180, management 11090, JGroups 8700 and 58700
#   PostgreSQL    5434 (bin/postgres ... cluster, data in .run/cluster/postgres)
#   mail          SMTP 4525, web page and API 4580 (GreenMail)

cluster_dir=$run_dir/cluster
balancer_port=8000
balancer_stats_port=8404
cluster_postgres_port=5434
cluster_smtp_port=4525
cluster_mail_web_port=4580
cluster_nodes=(node1 node2)
declare -A node_offset=([node1]=1000 [node2]=1100)
haproxy_pid_file=$cluster_dir/haproxy.pid
# True when the servers and the portal are built already (bin/portal test, after its build).
portal_built=${portal_built:-false}
haproxy_config=$cluster_dir/haproxy.cfg

node_http_port() { echo $((8080 + ${node_offset[$1]})); }
node_management_port() { echo $((9990 + ${node_offset[$1]})); }
node_jgroups_port() { echo $((7600 + ${node_offset[$1]})); }
node_failure_detection_port() { echo $((57600 + ${node_offset[$1]})); }
node_dir() { echo "$cluster_dir/$1"; }
node_pid_file() { echo "$cluster_dir/$1.pid"; }
node_log_file() { echo "$cluster_dir/$1.log"; }
node_running() {
  local pid_file
  pid_file=$(node_pid_file "$1")
  [[ -f $pid_file ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null
}

# Keycloak's port when a command is to start its own Keycloak; nothing when 'bin/portal test' keeps
# one running for all its parts (OPEVERKKO_KEYCLOAK_KEPT=1, see bin/keycloak).
own_keycloak_port() {
  [[ ${OPEVERKKO_KEYCLOAK_KEPT:-0} == 1 ]] || echo 8180
}

cluster_ports() {
  local node ports=($balancer_port $balancer_stats_port $cluster_postgres_port $cluster_smtp_port $cluster_mail_web_port $(own_keycloak_port))
  for node in "${cluster_nodes[@]}"; do
    ports+=("$(node_http_port "$node")" "$(node_management_port "$node")" "$(node_jgroups_port "$node")"
      "$(node_failure_detection_port "$node")")
  done
  echo "${ports[@]}"
}

# Debian's HAProxy, installed as chromium and postgresql are when missing.
ensure_haproxy() {
  command -v haproxy >/dev/null && return
  [[ $(id -u) -eq 0 ]] || die "HAProxy is not installed: run 'sudo apt-get install -y haproxy'"
  echo "Installing HAProxy (apt-get)..."
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >/dev/null \
    || die "could not install haproxy with apt-get"
  # Debian's package starts a balancer of its own on its example configuration: not wanted here.
  if command -v systemctl >/dev/null; then systemctl disable --now haproxy >/dev/null 2>&1 || true; fi
}

# Each node runs from its own copy of the configured 'standalone' directory, with the portal
# deployed exploded as bin/portal start deploys it (the EAR plus the demo module).
prepare_node() {
  local node=$1 dir
  dir=$(node_dir "$node")
  rm -rf "$dir"
  cp -r "$wildfly_home/standalone" "$dir"
  rm -rf "$dir/deployments/"* "$dir/data" "$dir/tmp" "$dir/log"
  cp -r "$ear_dir" "$dir/deployments/opeverkko.ear"
  touch "$dir/deployments/opeverkko.ear.dodeploy"
}

start_node() {
  local node=$1 members="" other
  for other in "${cluster_nodes[@]}"; do
    members+="${members:+,}127.0.0.1[$(node_jgroups_port "$other")]"
  done
  echo "Starting $node: HTTP $(node_http_port "$node"), management $(node_management_port "$node") (log: $(node_log_file "$node"))..."
  # SIGTERM (a graceful stop) suspends the node first: requests under way get up to 20 s to end,
  # new ones are refused with 503, which HAProxy sends to the other node.
  JAVA_OPTS="-Xms256m -Xmx768m -Djava.net.preferIPv4Stack=true -Dorg.wildfly.sigterm.suspend.timeout=20" \
    setsid "$wildfly_home/bin/standalone.sh" -c standalone-ha-postgres.xml \
      -Djboss.server.base.dir="$(node_dir "$node")" \
      -Djboss.node.name="$node" \
      -Djboss.socket.binding.port-offset="${node_offset[$node]}" \
      -Dopeverkko.cluster.members="$members" \
      -Dopeverkko.db.port=$cluster_postgres_port \
      -Dopeverkko.smtp.port=$cluster_smtp_port \
      -Dopeverkko.portal-url="http://localhost:$balancer_port/" \
      >"$(node_log_file "$node")" 2>&1 </dev/null &
  echo $! >"$(node_pid_file "$node")"
}

await_node() {
  local node=$1 deployment started=$SECONDS
  deployment=$(node_dir "$node")/deployments/opeverkko.ear
  until [[ -e $deployment.deployed || -e $deployment.failed ]]; do
    node_running "$node" || { tail -n 30 "$(node_log_file "$node")" >&2; die "$node stopped while deploying"; }
    ((SECONDS - started < 480)) || { tail -n 30 "$(node_log_file "$node")" >&2; die "$node: no deployment after 480 s"; }
    sleep 1
  done
  [[ -e $deployment.deployed ]] || { tail -n 30 "$(node_log_file "$node")" >&2; die "$node: the deployment failed"; }
  echo "$node deployed in $((SECONDS - started)) s."
}

# A stopped node started again, its deployment as it was.
restart_node() {
  local node=$1 deployment
  [[ -n ${node_offset[$node]:-} ]] || die "no node '$node': node1 or node2"
  node_running "$node" && die "$node is running"
  deployment=$(node_dir "$node")/deployments/opeverkko.ear
  rm -f "$deployment".*
  touch "$deployment.dodeploy"
  start_node "$node"
  await_node "$node"
}

# Stops a node as an operator would (SIGTERM: suspend, finish requests, stop), or with --kill as a
# crash would (SIGKILL to the JVM, nothing finished).
stop_node() {
  local node=$1 how=${2:-} pid
  node_running "$node" || { rm -f "$(node_pid_file "$node")"; return; }
  pid=$(cat "$(node_pid_file "$node")")
  if [[ $how == --kill ]]; then
    kill -KILL -- "-$pid" 2>/dev/null || true
  else
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 -- "-$pid" 2>/dev/null || break
      sleep 1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  for _ in $(seq 1 20); do
    port_busy "$(node_http_port "$node")" || break
    sleep 0.5
  done
  rm -f "$(node_pid_file "$node")"
  echo "$node stopped${how:+ ($how)}."
}

# Sticky sessions by a cookie of HAProxy's own (SERVERID), so a session stays on its node while it
# lives. A node is in the rotation while its readiness (MicroProfile Health on its management port)
# is UP: a suspended or stopping node is out within two seconds. A request is sent again to the
# other node only when no node took it: a refused connection or a 503 of a suspended node; never
# after a node died with the request under way (it may have committed), which answers 502.
write_haproxy_config() {
  local node servers=""
  for node in "${cluster_nodes[@]}"; do
    servers+="  server $node 127.0.0.1:$(node_http_port "$node") cookie $node check port $(node_management_port "$node") inter 1s fall 2 rise 2"$'\n'
  done
  cat >"$haproxy_config" <<CONFIG
global
  maxconn 2000

defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 3
  option redispatch 1
  retry-on conn-failure 503

frontend portal
  bind 127.0.0.1:$balancer_port
  option forwardfor
  # No HTTP/2 upgrade (h2c) through the balancer: Undertow would switch protocols and HAProxy would
  # tunnel the connection, blind to its requests (no stickiness, no header, no retry).
  http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }
  default_backend nodes

backend nodes
  balance roundrobin
  cookie SERVERID insert indirect nocache httponly
  # Which node answered, for the failover drill (ClusterDrill) and whoever debugs the balancer.
  http-response set-header X-Served-By %s
  option httpchk GET /health/ready
  http-check expect status 200
$servers
listen stats
  bind 127.0.0.1:$balancer_stats_port
  stats enable
  stats uri /
  stats refresh 2s
CONFIG
}

start_haproxy() {
  ensure_haproxy
  write_haproxy_config
  echo "Starting HAProxy on $balancer_port (stats: http://localhost:$balancer_stats_port/)..."
  haproxy -f "$haproxy_config" -D -p "$haproxy_pid_file" || die "HAProxy did not start"
}

haproxy_running() { [[ -f $haproxy_pid_file ]] && kill -0 "$(cat "$haproxy_pid_file")" 2>/dev/null; }

stop_haproxy() {
  if haproxy_running; then
    kill -TERM "$(cat "$haproxy_pid_file")" 2>/dev/null || true
    echo "HAProxy stopped."
  fi
  rm -f "$haproxy_pid_file"
}

start_cluster_mail() {
  mkdir -p "$cluster_dir"
  setsid java -Xmx128m \
      -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=$cluster_smtp_port \
      -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=$cluster_mail_web_port \
      -Dgreenmail.auth.disabled \
      -jar "$mail_jar" >"$cluster_dir/mail.log" 2>&1 </dev/null &
  echo $! >"$cluster_dir/mail.pid"
}

stop_cluster_mail() {
  local pid_file=$cluster_dir/mail.pid
  if [[ -f $pid_file ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    kill -TERM -- "-$(cat "$pid_file")" 2>/dev/null || true
    echo "Cluster mail server stopped."
  fi
  rm -f "$pid_file"
}

cluster_start() {
  ensure_postgres
  ensure_haproxy
  # shellcheck disable=SC2046
  require_free_ports $(cluster_ports)
  $portal_built || provision
  trap cluster_stop EXIT
  KEYCLOAK_KEEP_DATA=1 "$repo/bin/keycloak" launch
  $portal_built || build
  start_cluster_mail
  OPEVERKKO_POSTGRES_PORT=$cluster_postgres_port "$repo/bin/postgres" start cluster
  # The EAR unpacked once, as bin/portal start deploys it (but apart from its folder, so the two may
  # run side by side), copied into each node.
  mkdir -p "$cluster_dir"
  ear_dir=$cluster_dir/opeverkko.ear
  assembled=$cluster_dir/ear.assembled
  assemble
  local node
  for node in "${cluster_nodes[@]}"; do prepare_node "$node"; done
  # One after the other: the first migrates the database and loads the demo data, which the
  # second then finds (and two cores build one deployment at a time faster than two).
  for node in "${cluster_nodes[@]}"; do
    start_node "$node"
    await_node "$node"
  done
  start_haproxy
  "$repo/bin/keycloak" await
  trap - EXIT
  cat <<TEXT

The cluster is running: http://localhost:$balancer_port/ (HAProxy: http://localhost:$balancer_stats_port/)
  node1 http://localhost:$(node_http_port node1)/ (health http://localhost:$(node_management_port node1)/health/ready)
  node2 http://localhost:$(node_http_port node2)/ (health http://localhost:$(node_management_port node2)/health/ready)
  PostgreSQL jdbc:postgresql://127.0.0.1:$cluster_postgres_port/opeverkko; mail http://localhost:$cluster_mail_web_port/
  Logs: $cluster_dir/*.log
Stop with: bin/portal cluster stop
TEXT
}

cluster_stop() {
  # Also as the EXIT trap of a failed start or drill: every piece is stopped even when one fails.
  set +e
  stop_haproxy
  local node
  for node in "${cluster_nodes[@]}"; do stop_node "$node"; done
  stop_cluster_mail
  "$repo/bin/postgres" stop cluster
  "$repo/bin/keycloak" stop
}

cluster_status() {
  local node
  if haproxy_running; then echo "HAProxy running (pid $(cat "$haproxy_pid_file")): http://localhost:$balancer_port/"; else echo "HAProxy not running"; fi
  for node in "${cluster_nodes[@]}"; do
    if node_running "$node"; then
      echo "$node running (pid $(cat "$(node_pid_file "$node")")), ready: $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$(node_management_port "$node")/health/ready")"
    else
      echo "$node not running"
    fi
  done
  "$repo/bin/postgres" status cluster
  "$repo/bin/keycloak" status
}

# The failover drill (integration-tests' ClusterDrill, a main class) on the cluster: started here
# when it is not running, and stopped after.
cluster_test() {
  local started_here=false
  echo "Compiling the drill (integration-tests)..."
  (cd "$repo" && MAVEN_OPTS="${MAVEN_OPTS:-} $quick_jvm" mvn "${mvn_opts[@]}" test-compile dependency:build-classpath \
    -Dspotless.check.skip -Denforcer.skip -Djacoco.skip -pl integration-tests \
    -Dmdep.includeScope=test -Dmdep.outputFile="$repo/integration-tests/target/drill-classpath.txt")
  if ! haproxy_running; then
    cluster_start
    started_here=true
    trap cluster_stop EXIT
  fi
  local started=$SECONDS
  java -cp "$repo/integration-tests/target/test-classes:$(cat "$repo/integration-tests/target/drill-classpath.txt")" \
    fi.opeverkko.it.ClusterDrill "$repo"
  echo "The drill took $((SECONDS - started)) s."
  if $started_here; then
    trap - EXIT
    cluster_stop
  fi
}

cluster() {
  case ${1:-} in
    start) cluster_start ;;
    stop) cluster_stop ;;
    status) cluster_status ;;
    stop-node) stop_node "${2:?stop-node takes node1 or node2}" "${3:-}" ;;
    start-node) restart_node "${2:?start-node takes node1 or node2}" ;;
    test) cluster_test ;;
    *) die "'bin/portal cluster start|stop|status|test' (or stop-node|start-node node1|node2 [--kill])" ;;
  esac
}
