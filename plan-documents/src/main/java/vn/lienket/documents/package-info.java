/**
 * Plans as documents. {@code read} turns an uploaded file into the blocks of text a person sees
 * (sniffing its type, refusing what is hostile or unreadable); {@code parse} finds a plan's header,
 * sections and activities in those blocks, each field traced to where it came from; {@code match}
 * pairs a member's activities with the master plan's; {@code write} renders a plan as .docx or .pdf
 * in the layout of Decree 30/2020/NĐ-CP. Nothing here knows about services, tenants or storage.
 */
package vn.lienket.documents;
