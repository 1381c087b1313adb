package org.onedoor.ecopy;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.onedoor.payment.internal.DemoPaymentGateway;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

/**
 * Pays a kiosk request's fee: the payment order through the kiosk API, then the demo gateway's HMAC-signed
 * server-to-server confirmation, as the gateway would send it after the citizen paid.
 */
final class Payment {

    private Payment() {
    }

    /** @return the payment order's pay URL */
    static String pay(MockMvc mvc, DemoPaymentGateway gateway, String id, String token, long amount) throws Exception {
        MvcResult ordered = mvc.perform(post("/api/v1/kiosk/requests/{id}/payment", id).header("X-Kiosk-Token", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amountVnd").value(amount))
                .andReturn();
        String orderId = JsonPath.read(ordered.getResponse().getContentAsString(), "$.orderId");
        String payUrl = JsonPath.read(ordered.getResponse().getContentAsString(), "$.payUrl");
        String ref = "DEMO-" + orderId;
        mvc.perform(post("/api/v1/payments/callback").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"orderId":"%s","amountVnd":%d,"gatewayRef":"%s","signature":"%s"}"""
                                .formatted(orderId, amount, ref, gateway.sign(orderId, amount, ref))))
                .andExpect(status().isOk());
        return payUrl;
    }
}
