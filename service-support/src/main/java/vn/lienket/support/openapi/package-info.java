/** Each service's OpenAPI 3.1 description: who may call, how errors look, and examples in Vietnamese. */
package vn.lienket.support.openapi;
