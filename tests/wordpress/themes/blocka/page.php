<?php
/**
 * The template for displaying all pages.
 *
 * @package blocka
 */

get_header();

get_template_part('template-parts/single');

get_footer();
