<?php
/**
 * Sidnumrering för nyhetslistor: nyare/äldre och sidnummer.
 *
 * @package Courant
 */

the_posts_pagination(
	array(
		'mid_size'           => 2,
		'prev_text'          => '<span aria-hidden="true">‹</span> ' . __( 'Nyare', 'courant' ),
		'next_text'          => __( 'Äldre', 'courant' ) . ' <span aria-hidden="true">›</span>',
		'before_page_number' => '<span class="screen-reader-text">' . __( 'Sida', 'courant' ) . ' </span>',
		'screen_reader_text' => __( 'Fler artiklar', 'courant' ),
		'aria_label'         => __( 'Artiklar', 'courant' ),
		'class'              => 'pagination',
	)
);
