package org.stepwise.perf;

import java.time.Duration;

/** What a benchmark run targets, from system properties (-Dname=value) with defaults for the national data set. */
record Settings(String baseUrl, int firstService, int services, int pwpsPerService, int therapistsPerService,
                double rate, int users, Duration duration, int signIns, String page,
                String statisticsUrl) {

    static Settings fromSystem() {
        return new Settings(
                System.getProperty("base", "http://127.0.0.1:8080"),
                Integer.getInteger("firstService", 1),
                Integer.getInteger("services", 100),
                Integer.getInteger("pwps", 3),
                Integer.getInteger("therapists", 1),
                Double.parseDouble(System.getProperty("rate", "340")),
                Integer.getInteger("users", 50),
                Duration.ofSeconds(Integer.getInteger("seconds", 120)),
                Integer.getInteger("signIns", 4),
                System.getProperty("page", ""),
                System.getProperty("statistics", ""));
    }

    int people() {
        return page.equals("dashboard") ? services : services * (pwpsPerService + therapistsPerService + 2);
    }
}
