<?php
/**
 * Nästa/föregående inlägg.
 *
 * @package ocean
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$ocean_prev = '<span class="title">' . ocean_icon( 'long_arrow_alt_left', false ) . ' ' . esc_html__( 'Föregående inlägg', 'ocean' ) . '</span><span class="post-title">%title</span>';
$ocean_next = '<span class="title">' . ocean_icon( 'long_arrow_alt_right', false ) . ' ' . esc_html__( 'Nästa inlägg', 'ocean' ) . '</span><span class="post-title">%title</span>';

the_post_navigation(
	array(
		'prev_text'          => $ocean_prev,
		'next_text'          => $ocean_next,
		'in_same_term'       => true,
		'taxonomy'           => 'category',
		'screen_reader_text' => esc_html__( 'Läs fler artiklar', 'ocean' ),
		'aria_label'         => esc_html__( 'Läs fler artiklar', 'ocean' ),
	)
);
