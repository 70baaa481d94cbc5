package se.samverkan.gvi.web;

import java.io.IOException;

/** A request body larger than the API accepts (413); thrown while the body is read. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}
