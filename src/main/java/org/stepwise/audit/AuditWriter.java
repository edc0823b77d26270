package org.stepwise.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides in which transaction an event is written. A change's event joins the change's transaction and is appended
 * just before it commits: a change that rolls back leaves no event, and the chain lock is held only for the last
 * moments of the transaction. Reads, refusals and sign-ins are written at once in a short transaction of their own,
 * because they happened whatever becomes of any surrounding work.
 */
@Component
class AuditWriter {

    private final AuditChain chain;
    private final TransactionTemplate ownTransaction;

    AuditWriter(AuditChain chain, PlatformTransactionManager transactions) {
        this.chain = chain;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void writeNow(List<AuditEvent> events) {
        if (!events.isEmpty()) {
            ownTransaction.executeWithoutResult(status -> chain.append(events));
        }
    }

    /** Appends the event when the current transaction commits; nothing is written if it rolls back. */
    void writeWithCurrentTransaction(AuditEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("A change's audit event must be recorded inside the change's transaction");
        }
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("A change cannot be recorded in a read-only transaction");
        }
        // Looked up among the current synchronizations, which Spring suspends with their transaction.
        PendingChanges pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingChanges.class::isInstance).map(PendingChanges.class::cast)
                .filter(p -> p.owner == this).findFirst()
                .orElseGet(() -> {
                    PendingChanges created = new PendingChanges(this);
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
        pending.events.add(event);
    }

    private static final class PendingChanges implements TransactionSynchronization {
        private final AuditWriter owner;
        private final List<AuditEvent> events = new ArrayList<>();

        private PendingChanges(AuditWriter owner) {
            this.owner = owner;
        }

        @Override
        public int getOrder() {
            // Last among the transaction's own work, to hold the chain lock for as short a time as possible.
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            owner.chain.append(events);
        }
    }
}
