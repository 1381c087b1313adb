package org.onedoor.payment.web;

import java.net.URI;

import org.onedoor.payment.PaymentOrder;
import org.onedoor.payment.internal.DemoPaymentGateway;
import org.onedoor.payment.internal.PaymentService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The demo gateway's pages, standing in for a bank's payment page: the order, its amount, and two big buttons.
 * Public (the payer is at a kiosk or on their phone); unknown orders, and everything when the demo gateway is off,
 * are 404.
 */
@Controller
@RequestMapping("/payment/demo/{orderId}")
class DemoGatewayController {

    private final PaymentService payments;
    private final DemoPaymentGateway gateway;

    DemoGatewayController(PaymentService payments, DemoPaymentGateway gateway) {
        this.payments = payments;
        this.gateway = gateway;
    }

    @GetMapping
    String page(@PathVariable String orderId, Model model) {
        model.addAttribute("order", order(orderId));
        return "payment/demo";
    }

    @PostMapping("/pay")
    String pay(@PathVariable String orderId, HttpServletRequest request, Model model) {
        PaymentOrder order = order(orderId);
        if (order.status() != PaymentOrder.Status.PAID && !gateway.payAndNotify(order, localCallback(request))) {
            model.addAttribute("order", order(orderId));
            model.addAttribute("callbackFailed", true);
            return "payment/demo";
        }
        return "redirect:" + payments.returnUrl(orderId).orElseThrow();
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable String orderId) {
        order(orderId);
        payments.cancel(orderId);
        return "redirect:" + payments.returnUrl(orderId).orElseThrow();
    }

    private PaymentOrder order(String orderId) {
        if (!gateway.enabled()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return payments.find(orderId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * This server's own callback endpoint, reached on the local address and port the request arrived at: never the
     * Host header, which the caller controls.
     */
    private static URI localCallback(HttpServletRequest request) {
        String address = request.getLocalAddr();
        String host = address.contains(":") ? "[" + address + "]" : address;
        return URI.create("http://" + host + ":" + request.getLocalPort() + request.getContextPath()
                + "/api/v1/payments/callback");
    }
}
