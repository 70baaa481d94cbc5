package se.samverkan.gvi.rules.check.scenarios;

import io.cucumber.core.backend.ObjectFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import se.samverkan.gvi.decision.RuleSet;

/**
 * Creates the scenario glue for one run: fresh instances for every scenario, each given the run's
 * {@link ScenarioRules} (or other glue) through its constructor. The rule set travels with the
 * run, never through a static field or a system property.
 */
public class ScenarioGlue implements ObjectFactory {

    private final ScenarioRules rules;
    private final Map<Class<?>, Object> instances = new HashMap<>();

    public ScenarioGlue(Supplier<RuleSet> ruleSet) {
        this.rules = new ScenarioRules(ruleSet);
    }

    @Override
    public void start() {
        instances.clear();
    }

    @Override
    public void stop() {
        instances.clear();
    }

    @Override
    public boolean addClass(Class<?> glueClass) {
        return true;
    }

    @Override
    public <T> T getInstance(Class<T> type) {
        if (type == ScenarioRules.class) {
            return type.cast(rules);
        }
        Object instance = instances.get(type);
        if (instance == null) {
            instance = create(type);
            instances.put(type, instance);
        }
        return type.cast(instance);
    }

    private Object create(Class<?> type) {
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(
                    type.getName() + " needs exactly one public constructor to be scenario glue");
        }
        Constructor<?> constructor = constructors[0];
        Object[] arguments = new Object[constructor.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = getInstance(constructor.getParameterTypes()[i]);
        }
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Could not create " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not create " + type.getName(), e);
        }
    }
}
