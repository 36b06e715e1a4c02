package io.cachedinference.interceptor.internal.core;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a batch method's items are and how its results come back: the one parameter that is a
 * {@code List} or an object array, and a {@code List} or array result of the same length and order.
 * Computed once at deployment.
 */
public final class BatchShape {

    private final int index;
    private final Class<?> itemArrayType;
    private final Class<?> resultArrayType;
    private final ResultCopier itemCopier;
    private final Class<?> itemResultType;

    private BatchShape(int index, Class<?> itemArrayType, Class<?> resultArrayType, ResultCopier itemCopier,
            Class<?> itemResultType) {
        this.itemResultType = itemResultType;
        this.index = index;
        this.itemArrayType = itemArrayType;
        this.resultArrayType = resultArrayType;
        this.itemCopier = itemCopier;
    }

    /** The shape of a batch method, or why it is not one. */
    public static Optional<BatchShape> of(Method method, List<String> problems) {
        Class<?>[] types = method.getParameterTypes();
        int found = -1;
        int count = 0;
        for (int i = 0; i < types.length; i++) {
            if (isBatch(types[i])) {
                found = i;
                count++;
            }
        }
        if (count != 1) {
            problems.add("a batch method needs exactly one parameter of items, a List or an object array; it has " + count);
        }
        Class<?> result = method.getReturnType();
        if (!isBatch(result)) {
            problems.add("a batch method must return a List or an object array of results, one per item; it returns "
                    + result.getTypeName());
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        Class<?> element = result.isArray() ? result.getComponentType() : listElement(method.getGenericReturnType());
        return Optional.of(new BatchShape(found, types[found].isArray() ? types[found] : null,
                result.isArray() ? result : null, ResultCopier.forReturnType(element), element));
    }

    private static boolean isBatch(Class<?> type) {
        return type == List.class || type.isArray() && !type.getComponentType().isPrimitive();
    }

    private static Class<?> listElement(Type type) {
        if (type instanceof ParameterizedType) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            if (element instanceof Class<?>) {
                return (Class<?>) element;
            }
        }
        return Object.class;
    }

    /** The declared type of one item's result, which is what gets cached per item. */
    public Class<?> itemResultType() {
        return itemResultType;
    }

    /** The position of the items parameter, which always belongs to the key. */
    public int itemsPosition() {
        return index;
    }

    /** The items of a call, or {@code null} when the call passed none. */
    List<?> items(Object[] arguments) {
        Object items = arguments[index];
        if (items == null) {
            return null;
        }
        return items instanceof List ? (List<?>) items : Arrays.asList((Object[]) items);
    }

    /** The arguments of a single-item call: the same arguments with the item in the items' place. */
    Object[] withItem(Object[] arguments, Object item) {
        Object[] copy = arguments.clone();
        copy[index] = item;
        return copy;
    }

    /** The arguments of a call with only the given items, in the container type the method declares. */
    Object[] withItems(Object[] arguments, List<Object> items) {
        Object[] copy = arguments.clone();
        copy[index] = itemArrayType == null ? new ArrayList<>(items)
                : items.toArray((Object[]) Array.newInstance(itemArrayType.getComponentType(), items.size()));
        return copy;
    }

    /** A model's results as a list, or {@code null} when it returned none. */
    List<?> results(Object result) {
        if (result == null) {
            return null;
        }
        return result instanceof List ? (List<?>) result : Arrays.asList((Object[]) result);
    }

    /** The merged answer, in the result type the method declares. */
    Object answer(Object[] results) {
        if (resultArrayType == null) {
            return new ArrayList<>(Arrays.asList(results));
        }
        Object[] typed = (Object[]) Array.newInstance(resultArrayType.getComponentType(), results.length);
        System.arraycopy(results, 0, typed, 0, results.length);
        return typed;
    }

    ResultCopier itemCopier() {
        return itemCopier;
    }
}
