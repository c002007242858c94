/**
 * <b>Kernel.</b> The business calendar: Japanese public holidays, the hospital's closing days, business-day
 * arithmetic for due dates and the models' {@code ${businessCalendar...}} expressions.
 */
package jp.mamori.organization.calendar;
