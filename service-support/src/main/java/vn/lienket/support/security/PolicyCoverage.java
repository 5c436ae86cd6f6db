package vn.lienket.support.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.lienket.access.Policy;
import vn.lienket.access.Route;

/**
 * A service does not start while a controller route has no rule in its policy, or a rule names a
 * route nothing serves: an unlisted route would be open to any token, a stale rule would mislead
 * the gateway and the access matrix.
 */
final class PolicyCoverage implements ApplicationListener<ContextRefreshedEvent> {

    private final Policy policy;

    PolicyCoverage(Policy policy) {
        this.policy = policy;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (event.getApplicationContext().getParent() != null) {
            return;
        }
        Set<String> served = new TreeSet<>();
        event.getApplicationContext().getBeansOfType(RequestMappingHandlerMapping.class).values()
                .forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> served.addAll(routes(info))));
        Set<String> ruled = new TreeSet<>(policy.routes().stream().map(r -> r.method() + " " + r.shape()).toList());
        List<String> problems = new ArrayList<>();
        served.stream().filter(r -> !ruled.contains(r)).forEach(r -> problems.add("no rule for " + r));
        ruled.stream().filter(r -> !served.contains(r)).forEach(r -> problems.add("a rule for " + r + ", which nothing serves"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The access policy of " + policy.service() + " does not match its routes: "
                    + String.join("; ", problems));
        }
    }

    private static List<String> routes(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        List<String> routes = new ArrayList<>();
        for (String pattern : info.getPatternValues()) {
            if (pattern.startsWith("/v3/api-docs") || pattern.equals("/error") || pattern.startsWith("/swagger")) {
                continue;
            }
            String shape = new Route("GET", pattern, null).shape();
            if (methods.isEmpty()) {
                routes.add("ANY " + shape);
            }
            methods.forEach(m -> routes.add(m.name() + " " + shape));
        }
        return routes;
    }
}
