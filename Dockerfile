# The image of one Spring Boot deployable, built from its packaged jar (./mvnw -B -DskipTests package first):
#   docker build --build-arg JAR=plan-service/target/plan-service.jar -t lienket/plan-service .
# The build context is only the jars (.dockerignore).
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
# /data belongs to the user the process runs as: a named volume mounted there (the identity provider's
# signing key) starts as a copy of this directory, owner included, so the process can write to it.
# (On Kubernetes the pod's fsGroup 1000 does the same for a persistent volume.)
RUN mkdir -p /data && chown 1000:1000 /data
ARG JAR
COPY ${JAR} /app/app.jar
USER 1000:1000
WORKDIR /data
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
