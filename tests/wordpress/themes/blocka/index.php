<?php
/**
 * The main template file – blog home and fallback for every listing.
 *
 * @package blocka
 */

get_header();

if (is_singular()) {
	get_template_part('template-parts/single');
} else {
	get_template_part('template-parts/archive');
}

get_footer();
