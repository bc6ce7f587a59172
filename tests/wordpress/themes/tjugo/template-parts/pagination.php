<?php
/**
 * A template partial to output pagination for the Tjugo (Twenty Twenty) theme.
 *
 * @package WordPress
 * @subpackage Tjugo
 */

/*
 * The text inside the span with the class nav-short will be hidden on small screens.
 */
$prev_text = sprintf(
	'%s <span class="nav-prev-text">%s</span>',
	'<span aria-hidden="true">&larr;</span>',
	'Nyare <span class="nav-short">inlägg</span>'
);
$next_text = sprintf(
	'<span class="nav-next-text">%s</span> %s',
	'Äldre <span class="nav-short">inlägg</span>',
	'<span aria-hidden="true">&rarr;</span>'
);

$posts_pagination = get_the_posts_pagination(
	array(
		'mid_size'           => 1,
		'prev_text'          => $prev_text,
		'next_text'          => $next_text,
		'screen_reader_text' => 'Inläggsnavigering',
		'aria_label'         => 'Inlägg',
	)
);

// If we're not outputting the previous page link, prepend a placeholder with visibility: hidden to take its place.
if ( strpos( $posts_pagination, 'prev page-numbers' ) === false ) {
	$posts_pagination = str_replace( '<div class="nav-links">', '<div class="nav-links"><span class="prev page-numbers placeholder" aria-hidden="true">' . $prev_text . '</span>', $posts_pagination );
}

// If we're not outputting the next page link, append a placeholder with visibility: hidden to take its place.
if ( strpos( $posts_pagination, 'next page-numbers' ) === false ) {
	$posts_pagination = str_replace( '</div>', '<span class="next page-numbers placeholder" aria-hidden="true">' . $next_text . '</span></div>', $posts_pagination );
}

if ( $posts_pagination ) { ?>

	<div class="pagination-wrapper section-inner">

		<hr class="styled-separator pagination-separator is-style-wide" aria-hidden="true" />

		<?php echo $posts_pagination; // phpcs:ignore ?>

	</div><!-- .pagination-wrapper -->

	<?php
}
