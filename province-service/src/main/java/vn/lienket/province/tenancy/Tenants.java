package vn.lienket.province.tenancy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Component;
import vn.lienket.support.web.ApiException;

/** The tenants hosted by this process, each with its own database: a request for one never touches another's. */
@Component
public class Tenants {

    private final Map<String, TenantProperties.Tenant> hosted = new LinkedHashMap<>();
    private final MongoClient client;

    Tenants(TenantProperties properties, MongoClient client) {
        this.client = client;
        properties.tenants().forEach((id, tenant) -> {
            if (properties.only() == null || properties.only().isBlank() || properties.only().equals(id)) {
                hosted.put(id, tenant);
            }
        });
        if (hosted.isEmpty()) {
            throw new IllegalStateException("No province tenant to host (lienket.province.only=" + properties.only() + ")");
        }
    }

    public Set<String> ids() {
        return hosted.keySet();
    }

    public boolean hosts(String provinceId) {
        return hosted.containsKey(provinceId);
    }

    public String tourismUnit(String provinceId) {
        return require(provinceId).tourismUnit();
    }

    public MongoDatabase database(String provinceId) {
        require(provinceId);
        return client.getDatabase("lienket-province-" + provinceId);
    }

    private TenantProperties.Tenant require(String provinceId) {
        TenantProperties.Tenant tenant = hosted.get(provinceId);
        if (tenant == null) {
            throw ApiException.notFound("No province " + provinceId + " is hosted here");
        }
        return tenant;
    }
}
