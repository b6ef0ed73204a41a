/** The rules that keep o2o's shape: which module may depend on what, and the library manners every module keeps. */
package dev.o2o.examples.architecture;
