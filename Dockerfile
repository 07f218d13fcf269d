# pmo in a container: runs on the content repository mounted at /repo.
#
#   docker build -t pmo .
#   docker run --rm -v "$PWD":/repo pmo validate
#   docker run --rm -v "$PWD":/repo --user "$(id -u):$(id -g)" pmo build
#
# The first stage builds the distribution exactly as a release does (mvn package writes
# dist/pmo-VERSION.tar.gz); the second holds only a Java runtime and that distribution.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -DskipTests package \
 && mkdir /unpacked \
 && tar -xzf dist/pmo-*.tar.gz -C /unpacked \
 && mv /unpacked/pmo-* /opt/pmo

FROM eclipse-temurin:21-jre
COPY --from=build /opt/pmo /opt/pmo
# A user of its own: pmo never needs root. JGit reads git repositories itself, so the image
# needs no git program, and none of git's safe.directory configuration either.
RUN useradd --system --create-home --home-dir /home/pmo --shell /usr/sbin/nologin pmo
# JGit keeps a small file of its own under XDG_CONFIG_HOME (or ~/.config): put it where any user
# can write, including one given with --user that has no home in the image. Every
# 'docker run --rm' starts from a fresh container, so a class-data archive made on the first run
# would be thrown away with it: PMO_NO_CDS=1 saves the time of making one.
ENV PATH="/opt/pmo/bin:${PATH}" \
    XDG_CONFIG_HOME=/tmp/.config \
    PMO_NO_CDS=1
USER pmo
WORKDIR /repo
ENTRYPOINT ["pmo"]
CMD ["--help"]
