# What both launchers of pmo share, sourced (not run) by the distribution's bin/pmo and by the
# repository's ./pmo: finding Java, the Java options, and the start-up cache of pmo's classes
# (the class-data sharing archive on Java 17 to 24, the ahead-of-time cache on Java 25 and later).
#
# Written for bash 3.2 and later (macOS still ships 3.2), so no 'set -u' with arrays that may
# be empty, no associative arrays, no mapfile. Everything it says goes to standard error. The
# launcher sets 'jar' (the path of pmo.jar) before it calls make_aot_cache.
# shellcheck disable=SC2034  # flags, serve_flags and aot_java are read by the launchers

# The Java options. C1-only compilation starts fastest, and on two cores outruns the full
# compiler even over a build of 10,000 pages, on Java 25 with an ahead-of-time cache holding
# method profiles as on Java 17. The parallel collector gathers the young objects on every core
# (the serial one stopped both for half a second of a large build); a young generation of at most
# 160 MB keeps the memory of a large build at about that of the serial collector.
flags="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:MaxNewSize=160m -Xshare:auto"
# The preview server lives for hours and must answer each saved file at once: the G1 collector
# keeps its pauses short, where the parallel one now and then stopped an update for a quarter of a
# second to collect the whole heap of a large programme.
serve_flags="-XX:TieredStopAtLevel=1 -XX:+UseG1GC -Xshare:auto"
# The JVM that hands a command to the daemon (scot.pmo.DaemonClientMain) does little
# else: the quick compiler, the smallest collector, and the JDK's own class-data archive, which
# maps faster than pmo's own for the few classes it loads.
client_flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -XX:-UsePerfData"
# The JVM's own log writes its warnings to standard output, and class-data sharing warns about
# every old class it cannot archive (hundreds of picocli's): warnings go to standard error, and
# class-data sharing and the ahead-of-time cache, which only ever speed things up, say nothing.
# (Java 17 has no 'aot' log tag: see java_options.)
log_flags="-Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr"
# The first Java with an ahead-of-time cache made in one run (JEP 514) that holds method
# profiles (JEP 515).
aot_java=25

say() {
  printf 'pmo: %s\n' "$*" >&2
}

# resolve FILE [VAR]: the real path of a file, through every symbolic link on the way (readlink
# without -f, which older macOS lacks), printed, or set in the variable VAR. Each launcher runs a
# dozen of these little functions before Java starts, and a command substitution costs a process:
# those called on every run set a variable instead. The last answer is remembered, since both the
# Java's version and the cache's name need the real path of the same java.
resolve() {
  local _path="$1" _link
  if [ "$_path" = "${_resolved_from-}" ]; then
    _path="$_resolved_to"
  else
    while [ -L "$_path" ]; do
      _link="$(readlink "$_path")" || break
      case "$_link" in
        /*) _path="$_link" ;;
        *)
          case "$_path" in
            */*) _path="${_path%/*}/$_link" ;;
            *) _path="$_link" ;;
          esac
          ;;
      esac
    done
    _resolved_from="$1"
    _resolved_to="$_path"
  fi
  if [ -n "${2:-}" ]; then
    printf -v "$2" '%s' "$_path"
  else
    printf '%s\n' "$_path"
  fi
}

# --- Finding Java ------------------------------------------------------------------------------

# major_of VERSION VAR: sets VAR to the major version in a Java version string: 17.0.15 -> 17,
# 21 -> 21, 25-ea -> 25, 1.8.0_392 -> 8.
major_of() {
  local _v="$1"
  case "$_v" in
    1.*) _v="${_v#1.}" ;;
  esac
  _v="${_v%%[!0-9]*}"
  printf -v "$2" '%s' "${_v:-0}"
}

# release_version HOME VAR: sets VAR to the version of the Java in a Java home, from its 'release'
# file (no Java started); returns 1 when it does not say.
release_version() {
  local _line
  [ -f "$1/release" ] || return 1
  while IFS= read -r _line || [ -n "$_line" ]; do
    case "$_line" in
      JAVA_VERSION=*)
        _line="${_line#JAVA_VERSION=}"
        _line="${_line//\"/}"
        [ -n "$_line" ] || return 1
        printf -v "$2" '%s' "$_line"
        return 0
        ;;
    esac
  done <"$1/release"
  return 1
}

# binary_version JAVA VAR: sets VAR to the version of a java binary: the 'release' file of the
# Java home it lives in, or else what 'java -version' says (macOS's /usr/bin/java, wrappers).
binary_version() {
  local _real _dir _out _v
  resolve "$1" _real
  case "$_real" in
    */bin/java) _dir="${_real%/bin/java}" ;;
    *) _dir="" ;;
  esac
  if [ -n "$_dir" ] && release_version "$_dir" "$2"; then
    return 0
  fi
  _out="$("$1" -version 2>&1 </dev/null)" || return 1
  case "$_out" in
    *'version "'*) ;;
    *) return 1 ;;
  esac
  _v="${_out#*version \"}"
  printf -v "$2" '%s' "${_v%%\"*}"
}

# find_java: sets java_bin, java_version and java_major to the Java to run pmo with, 17 or newer:
# JAVA_HOME's, else the one on PATH, else the newest in the usual install folders
# (PMO_JAVA_SEARCH, glob patterns separated by ':'). Returns 1, having said where it looked, when
# there is none.
find_java() {
  local v candidate search best_major found_any pattern saved_ifs jhome m t hint
  local -a tried patterns
  java_bin=""
  java_version=""
  java_major=0

  # 1. JAVA_HOME, when it holds Java 17 or newer. A JAVA_HOME with an older Java is passed over
  #    quietly (other tools may need it); one with no Java in it at all is worth a word.
  if [ -n "${JAVA_HOME:-}" ]; then
    if [ -x "$JAVA_HOME/bin/java" ]; then
      v=""
      if binary_version "$JAVA_HOME/bin/java" v && major_of "$v" m && [ "$m" -ge 17 ]; then
        java_bin="$JAVA_HOME/bin/java"
        java_version="$v"
      else
        tried+=("JAVA_HOME=$JAVA_HOME: Java ${v:-of unknown version}")
      fi
    else
      tried+=("JAVA_HOME=$JAVA_HOME: no bin/java in it")
      say "JAVA_HOME is $JAVA_HOME, which has no bin/java; looking elsewhere"
    fi
  else
    tried+=("JAVA_HOME: not set")
  fi

  # 2. java on PATH.
  if [ -z "$java_bin" ]; then
    if candidate="$(command -v java)" && [ -n "$candidate" ]; then
      v=""
      if binary_version "$candidate" v && major_of "$v" m && [ "$m" -ge 17 ]; then
        java_bin="$candidate"
        java_version="$v"
      else
        tried+=("PATH: $candidate is Java ${v:-of unknown version}")
      fi
    else
      tried+=("PATH: no java")
    fi
  fi

  # 3. The folders Java is usually installed in: the newest Java 17 or later there.
  if [ -z "$java_bin" ]; then
    search="${PMO_JAVA_SEARCH-/usr/lib/jvm/*:/opt/java/*:/Library/Java/JavaVirtualMachines/*/Contents/Home}"
    best_major=0
    found_any=""
    IFS=: read -r -a patterns <<<"$search"
    for pattern in ${patterns[@]+"${patterns[@]}"}; do
      [ -n "$pattern" ] || continue
      # Unquoted on purpose: the pattern is a glob. IFS is only ':' here, so the folders it
      # expands to are not split at spaces.
      saved_ifs="$IFS"
      IFS=:
      for jhome in $pattern; do
        [ -x "$jhome/bin/java" ] || continue
        release_version "$jhome" v || binary_version "$jhome/bin/java" v || continue
        found_any=yes
        major_of "$v" m
        if [ "$m" -ge 17 ] && [ "$m" -gt "$best_major" ]; then
          best_major="$m"
          java_bin="$jhome/bin/java"
          java_version="$v"
        fi
      done
      IFS="$saved_ifs"
    done
    if [ -z "$java_bin" ]; then
      if [ -n "$found_any" ]; then
        tried+=("${search}: no Java 17 or newer")
      else
        tried+=("${search}: no Java")
      fi
    fi
  fi

  if [ -z "$java_bin" ]; then
    say "no Java 17 or newer found. Looked at:"
    for t in "${tried[@]}"; do
      printf '  %s\n' "$t" >&2
    done
    hint="install Java 17 or newer (for example the Debian package openjdk-17-jre-headless, or"
    hint="$hint Eclipse Temurin), then set JAVA_HOME to its folder or put its bin folder on PATH"
    printf '  hint: %s\n' "$hint" >&2
    return 1
  fi
  major_of "$java_version" java_major
}

# --- The usage alone ----------------------------------------------------------------------------

# answers_from_jar ARGS...: whether pmo prints its usage for these arguments from the text kept in
# its jar (no arguments, -h, --help or help, alone: scot.pmo.cli.QuickHelp), loading hardly any of
# its classes. Such a run is quicker without the start-up cache, whose mapping alone took longer
# (about 45 ms on Java 17) than the whole run needs.
answers_from_jar() {
  case "$#:${1:-}" in
    0:) return 0 ;;
    1:-h | 1:--help | 1:help) return 0 ;;
  esac
  return 1
}

# --- The daemon --------------------------------------------------------------------------------

# daemon_serves ARGS...: whether this command line goes to the daemon, a pmo kept running in the
# background for the folder, which answers it without starting Java again (scot.pmo.cli.daemon).
# PMO_DAEMON=0 says never, PMO_DAEMON=1 always; otherwise not under CI, where each run is on a new
# machine and a daemon would only be one more JVM to start. The command decides: those that read
# content and end (the first subcommand named, as pmo itself reads it), not those that ask
# questions or keep running. The daemon checks again, and hands anything else back.
daemon_serves() {
  local arg
  case "${PMO_DAEMON:-}" in
    0 | no | false | off) return 1 ;;
    1 | yes | true | on) ;;
    *) [ -z "${CI:-}" ] || return 1 ;;
  esac
  # Unix domain sockets and /bin/sh: not Windows' own bash ports.
  case "${OSTYPE:-}" in
    msys* | cygwin* | win*) return 1 ;;
  esac
  [ -x /bin/sh ] || return 1
  for arg in "$@"; do
    case "$arg" in
      --) return 1 ;;
      validate | build | list | actions | graph | show | export | brief | diff) return 0 ;;
      init | serve | new | import | templates | completion | daemon | help) return 1 ;;
    esac
  done
  return 1
}

# run_pmo ARGS...: runs pmo with the Java options in the array 'options': through the folder's
# daemon when it may serve the command (which then runs on those options), else in a process of
# its own. Does not return. The client starts from a class-data archive of its own, at the path
# 'client_cds' when the launcher sets it (named after the jar, so that a new jar makes a new
# one): Java 19 and later make it themselves; on Java 17 and 18 the first client writes it as it
# ends, under a name of its own, and moves it into place.
run_pmo() {
  local o status old
  local -a client jvm
  if daemon_serves "$@"; then
    read -r -a client <<<"$client_flags $log_flags"
    for o in ${options[@]+"${options[@]}"}; do
      jvm+=("--jvm=$o")
    done
    if [ -n "${client_cds:-}" ] && [ -z "${PMO_NO_CDS:-}" ]; then
      if [ "$java_major" -ge 19 ]; then
        client+=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$client_cds")
      elif [ -f "$client_cds" ]; then
        client+=(-XX:SharedArchiveFile="$client_cds")
      else
        # shellcheck disable=SC2154  # jar is the launcher's
        "$java_bin" "${client[@]}" -XX:ArchiveClassesAtExit="$client_cds.$$.tmp" -cp "$jar" \
          scot.pmo.DaemonClientMain --java="$java_bin" --jar="$jar" ${jvm[@]+"${jvm[@]}"} -- "$@"
        status=$?
        if [ -s "$client_cds.$$.tmp" ] && mv -f "$client_cds.$$.tmp" "$client_cds" 2>/dev/null; then
          # Archives of older jars for the same Java.
          for old in "${client_cds%/*}"/pmo-client-*-java"${client_cds##*-java}"; do
            [ "$old" = "$client_cds" ] || rm -f "$old" 2>/dev/null
          done
        fi
        rm -f "$client_cds.$$.tmp" 2>/dev/null
        exit "$status"
      fi
    fi
    exec "$java_bin" "${client[@]}" -cp "$jar" scot.pmo.DaemonClientMain \
      --java="$java_bin" --jar="$jar" ${jvm[@]+"${jvm[@]}"} -- "$@"
  fi
  exec "$java_bin" ${options[@]+"${options[@]}"} -jar "$jar" "$@"
}

# --- The start-up cache ------------------------------------------------------------------------

# cache_key JAR: sets 'key' to what a start-up cache made for this jar and this Java is named
# after: the jar's modification time and size, the Java version, and a checksum of the Java's
# folder (two builds of one version differ). Java checks that a cache fits too, and quietly passes
# over one that does not; the name makes sure that a new jar or another Java gets a cache of its
# own. Returns 1, with 'key' empty, when the jar's time cannot be read.
cache_key() {
  local stamp home sum
  key=""
  stamp="$(stat -c '%Y-%s' "$1" 2>/dev/null || stat -f '%m-%z' "$1" 2>/dev/null)" || return 1
  [ -n "$stamp" ] || return 1
  resolve "$java_bin" home
  sum="$(cksum <<<"$home")"
  key="$stamp-java$java_version-${sum%% *}"
}

# make_aot_cache FILE COMMAND...: makes the ahead-of-time cache FILE (Java 25 and later) with one
# training run of 'java -jar pmo.jar COMMAND...', with the Java options in the array 'options'.
# The JVM records which classes the run loads and links and how its methods are used, then starts
# a second JVM to write the cache: a few seconds, once. All that output (Java writes its own
# notes on the cache to standard output) is dropped, and a run that fails only means no cache.
# The cache is written under a name of its own and renamed, so two first runs at once cannot mix
# their files; caches of older jars for the same Java are removed. A training run that made no
# cache leaves FILE.failed, so that later runs do not spend the same seconds again.
make_aot_cache() {
  local file="$1" tmp="$1.$$.tmp" dir="${1%/*}" old key
  shift
  # shellcheck disable=SC2154  # jar is the launcher's
  "$java_bin" ${options[@]+"${options[@]}"} -XX:AOTCacheOutput="$tmp" -jar "$jar" "$@" \
    >/dev/null 2>&1 </dev/null
  if [ -s "$tmp" ] && mv -f "$tmp" "$file" 2>/dev/null; then
    key="${file##*/pmo-*-java}"
    for old in "$dir"/pmo-*-java"$key" "$dir"/pmo-*-java"$key".failed; do
      [ "$old" = "$file" ] || rm -f "$old" 2>/dev/null
    done
  fi
  rm -f "$tmp" "$tmp.config" 2>/dev/null
  [ -f "$file" ] && return 0
  : >"$file.failed" 2>/dev/null
  return 1
}

# java_options FLAGS: sets the array 'options' to the Java options FLAGS (flags or serve_flags)
# with log_flags, fitted to the Java found. Java 25 will not make an ahead-of-time cache beside
# -Xshare:auto (its default anyway), and logs the cache under a tag of its own.
java_options() {
  local o
  local -a all
  read -r -a all <<<"$1 $log_flags"
  options=()
  for o in ${all[@]+"${all[@]}"}; do
    if [ "$java_major" -ge "$aot_java" ] && [ "$o" = -Xshare:auto ]; then
      continue
    fi
    options+=("$o")
  done
  if [ "$java_major" -ge "$aot_java" ]; then
    options+=('-Xlog:aot*=off:stderr')
  fi
}
