# Sourced by ./mqlsync and .ci/run: points JAVA_HOME at a JDK 21 or newer.
# Keeps a JAVA_HOME that is already 21+, else tries the `java` on PATH, else the newest JDK under /usr/lib/jvm.

java_major() { # prints the major version of the JDK at $1, or nothing
  local release="$1/release"
  [ -r "$release" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
}

select_java_home() {
  local candidate major
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(java_major "$JAVA_HOME")
    [ -n "$major" ] && [ "$major" -ge 21 ] && return 0
  fi
  if command -v java >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then JAVA_HOME=$candidate; return 0; fi
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V -r); do
    candidate=${candidate%/}
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ -x "$candidate/bin/javac" ]; then JAVA_HOME=$candidate; return 0; fi
  done
  echo "mqlsync needs a JDK 21 or newer: none found in JAVA_HOME, on PATH or under /usr/lib/jvm. Install one and set JAVA_HOME." >&2
  return 1
}

select_java_home || exit 2
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
# JDK 24+ warns about Maven's own use of sun.misc.Unsafe; that noise is not ours.
if [ "$(java_major "$JAVA_HOME")" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
