package de.willkommensakademie.sso.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keycloak's admin REST API as the bootstrap admin of the master realm (set by {@link KeycloakServer}): reads what
 * the import made of the realm file and does what an IT department would do in the admin console.
 */
final class KeycloakAdmin {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KeycloakServer keycloak;
    private final String realm;
    private final HttpClient http = Http.client();

    KeycloakAdmin(KeycloakServer keycloak, String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    JsonNode client(String clientId) throws Exception {
        JsonNode clients = get("/clients?clientId=" + Http.encode(clientId));
        assertThat(clients.size()).as("clients named " + clientId).isEqualTo(1);
        return clients.get(0);
    }

    void updateClient(JsonNode client) throws Exception {
        Http.send(http, request("/clients/" + client.get("id").asString()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))).build(), 204);
    }

    /** Keycloak's user id, which is also the {@code sub} of the user's tokens. */
    String userId(String username) throws Exception {
        JsonNode users = get("/users?exact=true&username=" + Http.encode(username));
        assertThat(users.size()).as("users named " + username).isEqualTo(1);
        return users.get(0).get("id").asString();
    }

    void join(String username, String group) throws Exception {
        Http.send(http, request("/users/" + userId(username) + "/groups/" + groupId(group))
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), 204);
    }

    void leave(String username, String group) throws Exception {
        Http.send(http, request("/users/" + userId(username) + "/groups/" + groupId(group)).DELETE().build(), 204);
    }

    /** "Sign out" in the admin console: ends all the user's sessions, with back-channel logout to the clients. */
    void logout(String username) throws Exception {
        Http.send(http, request("/users/" + userId(username) + "/logout").POST(HttpRequest.BodyPublishers.noBody())
                .build(), 204);
    }

    /** Enabled or disabled, like the switch on the user's page in the admin console. */
    void setEnabled(String username, boolean enabled) throws Exception {
        String id = userId(username);
        ObjectNode user = (ObjectNode) get("/users/" + id);
        user.put("enabled", enabled);
        Http.send(http, request("/users/" + id).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(user))).build(), 204);
    }

    /** Ends one session, like its "Sign out" under the user's sessions in the admin console. */
    void endSession(String sessionId) throws Exception {
        Http.send(http, request("/sessions/" + sessionId).DELETE().build(), 204);
    }

    private String groupId(String name) throws Exception {
        for (JsonNode group : get("/groups?exact=true&search=" + Http.encode(name)).valueStream().toList()) {
            if (name.equals(group.get("name").asString())) {
                return group.get("id").asString();
            }
        }
        throw new AssertionError("no group " + name);
    }

    private JsonNode get(String path) throws Exception {
        return JSON.readTree(Http.send(http, request(path).build(), 200).body());
    }

    private HttpRequest.Builder request(String path) throws Exception {
        return HttpRequest.newBuilder(URI.create(keycloak.baseUri() + "/admin/realms/" + realm + path))
                .header("Authorization", "Bearer " + token());
    }

    private String token() throws Exception {
        Map<String, String> grant = new LinkedHashMap<>();
        grant.put("grant_type", "password");
        grant.put("client_id", "admin-cli");
        grant.put("username", KeycloakServer.ADMIN_USERNAME);
        grant.put("password", keycloak.adminPassword());
        return JSON.readTree(Http.send(http, HttpRequest.newBuilder(keycloak.baseUri().resolve(
                "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Http.form(grant))).build(), 200).body())
                .get("access_token").asString();
    }
}
