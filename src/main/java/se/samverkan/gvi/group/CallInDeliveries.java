package se.samverkan.gvi.group;

import java.util.List;
import org.springframework.stereotype.Component;
import se.samverkan.gvi.rules.governance.PromiseDeliveries;

/** The stored call-ins as the rules see them: which promise each delivered, to which group, when. */
@Component
class CallInDeliveries implements PromiseDeliveries {

    private final GroupRepository repository;

    CallInDeliveries(GroupRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<Delivery> deliveries(String site) {
        return repository.deliveries(site);
    }
}
