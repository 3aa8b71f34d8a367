package de.willkommensakademie.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.willkommensakademie.people.ProvisioningChange;
import de.willkommensakademie.provisioning.ScimUsers.ScimBadRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** PATCH requests in the shapes identity providers send them, read into one change. */
class ScimPatchTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void entra_id_style_operations_with_paths_filters_and_text_booleans_are_read() {
        ProvisioningChange change = read("""
                {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [
                  {"op": "Replace", "path": "emails[type eq \\"work\\"].value", "value": "neu@amt.example"},
                  {"op": "Replace", "path": "name.familyName", "value": "Neumann"},
                  {"op": "Add", "path": "externalId", "value": "0a1b"},
                  {"op": "Replace", "path": "urn:ietf:params:scim:schemas:core:2.0:User:active", "value": "False"},
                  {"op": "Replace", "path": "title", "value": "Sachbearbeiterin"}]}""");

        assertThat(change).isEqualTo(new ProvisioningChange(null, null, "Neumann", "neu@amt.example", false, "0a1b"));
    }

    @Test
    void okta_style_operations_without_a_path_carry_an_object_of_attributes() {
        ProvisioningChange change = read("""
                {"Operations": [{"op": "replace", "value": {"active": true,
                  "name": {"givenName": "Ada", "familyName": "Lovelace"},
                  "emails": [{"value": "b@amt.example"}, {"value": "a@amt.example", "primary": true}]}}]}""");

        assertThat(change).isEqualTo(new ProvisioningChange(null, "Ada", "Lovelace", "a@amt.example", true, null));
    }

    @Test
    void only_attributes_the_platform_does_not_keep_make_an_empty_change() {
        assertThat(read("""
                {"Operations": [{"op": "replace", "path": "phoneNumbers[type eq \\"work\\"].value",
                  "value": "+49 30 1234"}]}""").isEmpty()).isTrue();
    }

    @Test
    void removals_missing_operations_and_non_boolean_activity_are_refused() {
        assertThatThrownBy(() -> read("{\"Operations\": [{\"op\": \"remove\", \"path\": \"externalId\"}]}"))
                .isInstanceOf(ScimBadRequest.class).extracting("scimType").isEqualTo("invalidValue");
        assertThatThrownBy(() -> read("{\"schemas\": []}")).isInstanceOf(ScimBadRequest.class)
                .extracting("scimType").isEqualTo("invalidSyntax");
        assertThatThrownBy(() -> read("{\"Operations\": [{\"op\": \"replace\", \"path\": \"active\", \"value\": 1}]}"))
                .isInstanceOf(ScimBadRequest.class).extracting("scimType").isEqualTo("invalidValue");
        assertThatThrownBy(() -> read("{\"Operations\": [{\"op\": \"replace\", \"value\": \"x\"}]}"))
                .isInstanceOf(ScimBadRequest.class);
    }

    private static ProvisioningChange read(String json) {
        return ScimPatch.read(JSON.readTree(json));
    }
}
