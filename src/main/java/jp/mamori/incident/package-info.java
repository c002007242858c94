/**
 * <b>Procedure.</b> Leak-incident response (第34–35条, processes/leakIncidentResponse.bpmn): the incident, its board,
 * the PPC reports with their deadlines, measures, the dashboard section.
 */
package jp.mamori.incident;
