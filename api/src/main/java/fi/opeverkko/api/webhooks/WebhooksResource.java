package fi.opeverkko.api.webhooks;

import fi.opeverkko.api.ApiException;
import fi.opeverkko.platform.WebhookSubscriptions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The admins' webhook subscriptions. Deliveries are POSTed JSON ({@code type}, {@code timestamp},
 * {@code data} with ids and an API link) signed per Standard Webhooks: {@code webhook-id}, {@code
 * webhook-timestamp} (Unix seconds) and {@code webhook-signature} ({@code v1,} + base64 of
 * HMAC-SHA256 with the secret's bytes after {@code whsec_} over {@code id.timestamp.body}); a
 * non-2xx answer is tried again with backoff for about a day, then the subscription is disabled.
 */
@Path("webhooks")
@RequestScoped
@Tag(name = "Webhooks", description = "Admins subscribe receivers to the network's events")
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

  @Inject private WebhookSubscriptions subscriptions;

  @GET
  @Operation(summary = "Every subscription", description = "Admins only; secrets are not shown.")
  public List<WebhookJson> subscriptions() {
    return subscriptions.subscriptions().stream().map(WebhookJson::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Subscribe a receiver",
      description = "Admins only. 201 with the subscription and its signing secret, shown once.")
  public Response subscribe(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = NewWebhook.class),
                      examples = @ExampleObject(name = "subscription", value = NewWebhook.EXAMPLE)))
          NewWebhook body,
      @Context UriInfo uri) {
    if (body == null || body.url() == null) {
      throw new ApiException(400, "bodyRequired");
    }
    WebhookJson created =
        WebhookJson.of(
            subscriptions.subscribe(
                body.url(), body.eventTypes() == null ? Set.of() : body.eventTypes()));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}/deliveries")
  @Operation(
      summary = "A subscription's delivery log",
      description = "The latest 100, newest first.")
  public List<DeliveryJson> deliveries(@PathParam("id") long id) {
    return subscriptions.deliveries(id).stream().map(DeliveryJson::of).toList();
  }

  @POST
  @Path("{id}/enable")
  @Operation(summary = "Enable a disabled subscription again")
  public WebhookJson enable(@PathParam("id") long id) {
    return WebhookJson.of(subscriptions.enable(id));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Unsubscribe", description = "Removes the subscription and its log.")
  public Response unsubscribe(@PathParam("id") long id) {
    subscriptions.unsubscribe(id);
    return Response.noContent().build();
  }
}
