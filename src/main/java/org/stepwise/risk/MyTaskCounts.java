package org.stepwise.risk;

/** How many open tasks someone has, and how many are overdue. */
public record MyTaskCounts(int open, int overdue) {
}
