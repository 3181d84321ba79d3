package vn.tongket.jobs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.tongket.staging.StagingStore;

/**
 * One partition per unit summarised in this run. The keys come from the staged data, not from a folder listing,
 * so a restart finds the same partitions and skips those already rendered. Each partition also carries the
 * templates' fingerprint, read once for the run rather than once per unit.
 */
public class UnitPartitioner implements Partitioner {

    static final String UNIT = "unit";
    static final String TEMPLATES_FINGERPRINT = "templatesFingerprint";

    private final StagingStore store;
    private final long instance;
    private final Path templates;

    public UnitPartitioner(StagingStore store, long instance, Path templates) {
        this.store = store;
        this.instance = instance;
        this.templates = templates;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        String templatesFingerprint = UnitFingerprint.ofTemplates(templates);
        for (String unit : store.summarizedUnits(instance)) {
            ExecutionContext context = new ExecutionContext();
            context.putString(UNIT, unit);
            context.putString(TEMPLATES_FINGERPRINT, templatesFingerprint);
            partitions.put(unit, context);
        }
        return partitions;
    }
}
