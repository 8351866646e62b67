# Chooses the JDK for ./mvnw and ./attache, so that both work whatever `java` the PATH holds.
# POSIX sh, sourced (not run). Attaché is compiled for Java 21 (--release 21) and built and tested on
# JDK 25; a JDK older than 21 cannot build or run it.
#
# attache_use_jdk NAME: keeps JAVA_HOME when it is a JDK 21 or newer; otherwise takes the newest JDK 21+
# among /usr/lib/jvm, macOS's and SDKMAN's JDK folders and the `javac` on the PATH, and exports it as
# JAVA_HOME. With none, prints one line naming what to install and returns 1.

attache_jdk_major() { # JDK home -> its major version, or nothing
  _ajm_v=""
  if [ -f "$1/release" ]; then
    _ajm_v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release" 2>/dev/null | head -n 1)
  fi
  if [ -z "$_ajm_v" ] && [ -x "$1/bin/java" ]; then
    _ajm_v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  case "$_ajm_v" in
  1.*) _ajm_v=${_ajm_v#1.} ;;
  esac
  _ajm_v=${_ajm_v%%[!0-9]*}
  [ -n "$_ajm_v" ] && echo "$_ajm_v"
}

attache_use_jdk() {
  _auj_name=${1:-attache}
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    _auj_major=$(attache_jdk_major "$JAVA_HOME")
    if [ -n "$_auj_major" ] && [ "$_auj_major" -ge 21 ]; then
      attache_jdk_options "$_auj_major"
      return 0
    fi
    _auj_old="$JAVA_HOME (Java ${_auj_major:-?})"
  fi
  _auj_best=""
  _auj_best_major=0
  _auj_glob_off=false
  case $- in *f*) _auj_glob_off=true; set +f ;; esac
  _auj_path_jdk=""
  if command -v javac >/dev/null 2>&1; then
    _auj_path_jdk=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  fi
  # ATTACHE_JDK_ROOTS (patterns of JDK homes, space-separated) replaces the usual places, e.g. in a test
  _auj_roots=${ATTACHE_JDK_ROOTS:-"/usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home ${HOME:-/nonexistent}/.sdkman/candidates/java/* /opt/java/*"}
  # shellcheck disable=SC2086 # the roots are patterns to expand
  for _auj_c in $_auj_roots "$_auj_path_jdk"; do
    [ -n "$_auj_c" ] && [ -x "$_auj_c/bin/javac" ] || continue
    _auj_m=$(attache_jdk_major "$_auj_c")
    [ -n "$_auj_m" ] || continue
    if [ "$_auj_m" -gt "$_auj_best_major" ]; then
      _auj_best="$_auj_c"
      _auj_best_major=$_auj_m
    fi
  done
  if [ "$_auj_glob_off" = true ]; then set -f; fi
  if [ "$_auj_best_major" -lt 21 ]; then
    echo "$_auj_name: no JDK 21 or newer found (JAVA_HOME, /usr/lib/jvm, the PATH); install JDK 25 (e.g. Temurin 25 from adoptium.net) or set JAVA_HOME to one" >&2
    return 1
  fi
  if [ -n "${_auj_old:-}" ]; then
    echo "$_auj_name: JAVA_HOME is $_auj_old, too old; using $_auj_best" >&2
  fi
  JAVA_HOME="$_auj_best"
  export JAVA_HOME
  attache_jdk_options "$_auj_best_major"
}

# Maven's own dependencies use sun.misc.Unsafe, which JDK 24+ warns about; the option that allows it
# quietly exists only from JDK 23 on, so it cannot live in .mvn/jvm.config.
attache_jdk_options() {
  if [ "$1" -ge 23 ]; then
    case " ${MAVEN_OPTS:-} " in
    *--sun-misc-unsafe-memory-access=*) ;;
    *) MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"; export MAVEN_OPTS ;;
    esac
  fi
}
