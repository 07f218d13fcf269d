@echo off
rem pmo, as installed from the distribution, on Windows: runs lib\pmo.jar with the Java that
rem JAVA_HOME names, or else the one on PATH. Needs Java 17 or newer.
rem PMO_JAVA_OPTS replaces the Java options below.
rem
rem No blocks in parentheses hold %JAVA_HOME% or the arguments: a folder such as
rem "C:\Program Files (x86)\..." would end the block early.
setlocal

set "PMO_JAR=%~dp0..\lib\pmo.jar"
if exist "%PMO_JAR%" goto find_java
>&2 echo pmo: "%PMO_JAR%" is missing: this installation is incomplete
exit /b 3

:find_java
set "PMO_JAVA="
if not defined JAVA_HOME goto java_on_path
if exist "%JAVA_HOME%\bin\java.exe" goto java_home
>&2 echo pmo: JAVA_HOME is "%JAVA_HOME%", which has no bin\java.exe; looking on PATH
goto java_on_path

:java_home
set "PMO_JAVA=%JAVA_HOME%\bin\java.exe"
goto options

:java_on_path
for %%j in (java.exe) do set "PMO_JAVA=%%~$PATH:j"
if defined PMO_JAVA goto options
>&2 echo pmo: no Java found: JAVA_HOME does not name one and there is no java on PATH
>&2 echo   hint: install Java 17 or newer (for example Eclipse Temurin), then set JAVA_HOME to its folder or put its bin folder on PATH
exit /b 3

:options
rem The same options as the launcher for Linux and macOS: the quick compiler only, the parallel
rem collector with a young generation of at most 160 MB (G1 for the long-lived preview server),
rem and the JVM's own warnings on standard error rather than standard output.
set "PMO_SERVE="
call :find_serve %*
if defined PMO_SERVE (
  set "PMO_FLAGS=-XX:TieredStopAtLevel=1 -XX:+UseG1GC -Xshare:auto"
) else (
  set "PMO_FLAGS=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:MaxNewSize=160m -Xshare:auto"
)
set "PMO_FLAGS=%PMO_FLAGS% -Xlog:disable -Xlog:all=warning:stderr"
if defined PMO_JAVA_OPTS set "PMO_FLAGS=%PMO_JAVA_OPTS%"

"%PMO_JAVA%" %PMO_FLAGS% -jar "%PMO_JAR%" %*
exit /b %ERRORLEVEL%

:find_serve
if "%~1"=="" goto :eof
if /i "%~1"=="serve" set "PMO_SERVE=1"
shift
goto find_serve
