package org.socialprotection.map.atlas;

import org.springframework.context.MessageSourceResolvable;

/**
 * Input the caller can fix: answered as a 400 problem naming the parameter. The JSON API gives the English reason;
 * a page shows it in the reader's language through its message code and arguments, which every refusal has (no
 * constructor without a code, so that no refusal reaches a French or Spanish page in English).
 */
public class BadRequestException extends RuntimeException implements MessageSourceResolvable {

    private final String parameter;
    private final String code;
    private final transient Object[] arguments;

    public BadRequestException(String parameter, String code, String reason, Object... arguments) {
        super(reason);
        this.parameter = parameter;
        this.code = code;
        this.arguments = arguments;
    }

    public String parameter() {
        return parameter;
    }

    @Override
    public String[] getCodes() {
        return code == null ? null : new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments;
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
