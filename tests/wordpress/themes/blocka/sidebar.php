<?php
/**
 * The sidebar – Blocksy prints it only where the layout has one.
 *
 * @package blocka
 */

blocka_sidebar();
