# The image of one Spring Boot deployable, built from its packaged jar (./mvnw -B -DskipTests package first):
#   docker build --build-arg JAR=plan-service/target/plan-service.jar -t lienket/plan-service .
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
ARG JAR
COPY ${JAR} /app/app.jar
USER 1000
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
