package org.stepwise.audit;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stepwise.shared.PatientId;
import org.stepwise.shared.ReferralId;

/**
 * Finds the patients a page shows in what its controller put on the model: every {@link PatientId} and
 * {@link ReferralId} inside Stepwise's own records, lists and maps, in the order met. Typed ids make this possible
 * without knowing each module's row types, so a list page needs no code of its own to be audited.
 */
final class ShownIds {

    private static final int MAX_DEPTH = 6;
    private static final int MAX_IDS = 2_000;
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> accessors = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                if (worthVisiting(component.getType()) && accessor.trySetAccessible()) {
                    accessors.add(accessor);
                }
            }
            return accessors;
        }
    };

    private final Set<Object> ids = new LinkedHashSet<>();

    private ShownIds() {
    }

    /** @return patient and referral ids, in the order the model holds them */
    static List<Object> in(Collection<?> modelValues) {
        ShownIds found = new ShownIds();
        modelValues.forEach(v -> found.visit(v, 0));
        return List.copyOf(found.ids);
    }

    private void visit(Object value, int depth) {
        if (value == null || depth > MAX_DEPTH || ids.size() >= MAX_IDS) {
            return;
        }
        if (value instanceof PatientId || value instanceof ReferralId) {
            ids.add(value);
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> visit(item, depth + 1));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> visit(item, depth + 1));
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(item -> visit(item, depth + 1));
        } else if (value.getClass().isRecord() && value.getClass().getName().startsWith("org.stepwise.")) {
            for (Method accessor : ACCESSORS.get(value.getClass())) {
                visit(read(accessor, value), depth + 1);
            }
        }
    }

    private static boolean worthVisiting(Class<?> type) {
        return type == PatientId.class || type == ReferralId.class || type == Object.class || type.isInterface()
                || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                || type == Optional.class || (type.isRecord() && type.getName().startsWith("org.stepwise."));
    }

    private static Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
