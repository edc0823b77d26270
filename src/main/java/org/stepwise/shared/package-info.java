/** The shared kernel: typed identifiers, roles and the exceptions every module speaks. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.stepwise.shared;
