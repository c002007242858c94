package jp.mamori.dashboard;

import java.io.Serializable;

/** A column of a figure's list: the row map's key and its header in the user's language. */
public record ListColumn(String key, String header) implements Serializable {}
