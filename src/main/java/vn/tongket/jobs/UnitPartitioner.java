package vn.tongket.jobs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.tongket.staging.StagingStore;

/**
 * One partition per unit summarised in this run. The keys come from the staged data, not from a folder listing,
 * so a restart finds the same partitions and skips those already rendered.
 */
public class UnitPartitioner implements Partitioner {

    static final String UNIT = "unit";

    private final StagingStore store;
    private final long instance;

    public UnitPartitioner(StagingStore store, long instance) {
        this.store = store;
        this.instance = instance;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (String unit : store.summarizedUnits(instance)) {
            ExecutionContext context = new ExecutionContext();
            context.putString(UNIT, unit);
            partitions.put(unit, context);
        }
        return partitions;
    }
}
