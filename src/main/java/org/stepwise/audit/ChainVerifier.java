package org.stepwise.audit;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.shared.ServiceId;

/**
 * Recomputes chains from the database in keyset batches, so memory stays constant however long a chain is. Each
 * chain is read in one repeatable-read snapshot, so events appended meanwhile are neither half-seen nor mistaken for
 * forgeries.
 */
@Component
public class ChainVerifier {

    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    ChainVerifier(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    public ChainReport verify(ServiceId service) {
        return verify(service.value());
    }

    /** Every chain: each service's, the installation's, and any chain found in events without a head. */
    public List<ChainReport> verifyAll() {
        List<ChainReport> reports = new ArrayList<>();
        for (UUID chain : chains()) {
            reports.add(verify(chain));
        }
        return reports;
    }

    ChainReport verify(UUID chain) {
        return snapshot.execute(status -> {
            AuditChain.ChainHead head = jdbc.sql("select last_seq, last_hash from audit_chain where chain_id = ?")
                    .param(chain).query((rs, n) -> new AuditChain.ChainHead(rs.getLong(1), rs.getBytes(2)))
                    .optional().orElse(null);
            ChainWalk walk = new ChainWalk(index(chain));
            Optional<ChainBreak> broken = walk(chain, walk);
            if (broken.isEmpty()) {
                broken = walk.finish(head);
            }
            return new ChainReport(chain, walk.checked(), head == null ? 0 : head.seq(),
                    head == null ? null : HexFormat.of().formatHex(head.hash()), broken.orElse(null));
        });
    }

    private Optional<ChainBreak> walk(UUID chain, ChainWalk walk) {
        long after = 0;
        while (true) {
            List<StoredEvent> batch = jdbc.sql("select " + StoredEvent.COLUMNS
                            + " from audit_event where chain_id = ? and seq > ? order by seq limit ?")
                    .params(chain, after, BATCH).query((rs, n) -> StoredEvent.from(rs)).list();
            for (StoredEvent e : batch) {
                Optional<ChainBreak> broken = walk.next(e);
                if (broken.isPresent()) {
                    return broken;
                }
                after = e.seq();
            }
            if (batch.size() < BATCH) {
                return Optional.empty();
            }
        }
    }

    /** Lookups by hash scan the chain: they happen once, after a break, so no index is kept for them. */
    private ChainWalk.ChainIndex index(UUID chain) {
        return new ChainWalk.ChainIndex() {
            @Override
            public Optional<Long> seqOfHash(byte[] hash) {
                return jdbc.sql("select seq from audit_event where chain_id = ? and hash = ? order by seq limit 1")
                        .params(chain, hash).query(Long.class).optional();
            }

            @Override
            public Optional<UUID> idAt(long seq) {
                return jdbc.sql("select id from audit_event where chain_id = ? and seq = ?")
                        .params(chain, seq).query(UUID.class).optional();
            }
        };
    }

    /** Chain ids from the heads, plus any in the events themselves (a skip scan over the primary key). */
    private List<UUID> chains() {
        return jdbc.sql("""
                with recursive found(chain_id) as (
                    (select chain_id from audit_event order by chain_id limit 1)
                    union all
                    select (select e.chain_id from audit_event e where e.chain_id > found.chain_id
                            order by e.chain_id limit 1)
                    from found where found.chain_id is not null
                )
                select chain_id from found where chain_id is not null
                union
                select chain_id from audit_chain
                order by chain_id""").query(UUID.class).list();
    }
}
