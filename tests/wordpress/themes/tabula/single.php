<?php
/**
 * Ett inlägg. Brödsmulorna står redan överst (header.php). Sedan rubriken,
 * utan metarad; innehållet som direkta barn till article; och sist en footer
 * med datum, författare, kategorier och etiketter.
 *
 * @package Tabula
 */

get_header();
?>
<main id="innehall">
<?php
while ( have_posts() ) :
	the_post();
	?>
<article id="post-<?php the_ID(); ?>">
<?php
	the_title( '<h1>', "</h1>\n" );

	if ( has_post_thumbnail() && ! post_password_required() ) {
		the_post_thumbnail( 'large' );
		echo "\n";
	}

	the_content();

	wp_link_pages(
		array(
			'before' => '<p>' . esc_html__( 'Sidor:', 'tabula' ),
			'after'  => "</p>\n",
		)
	);
	?>
<footer>
<p><?php
	if ( get_the_author() ) {
		printf(
			/* translators: 1: publiceringsdatum, 2: författare */
			esc_html__( '— %1$s, %2$s', 'tabula' ),
			tabula_time(), // phpcs:ignore WordPress.Security.EscapeOutput -- escapat i tabula_time().
			sprintf(
				'<a href="%1$s" rel="author">%2$s</a>',
				esc_url( get_author_posts_url( (int) get_the_author_meta( 'ID' ) ) ),
				esc_html( get_the_author() )
			)
		);
	} else {
		echo '— ' . tabula_time(); // phpcs:ignore WordPress.Security.EscapeOutput -- escapat i tabula_time().
	}
?></p>
	<?php
	$tabula_categories = get_the_category_list( ', ' );
	if ( $tabula_categories ) :
		?>
<p><?php echo esc_html__( 'Kategorier:', 'tabula' ) . ' ' . $tabula_categories; // phpcs:ignore WordPress.Security.EscapeOutput ?></p>
		<?php
	endif;

	the_tags( '<p>' . esc_html__( 'Etiketter:', 'tabula' ) . ' ', ', ', '</p>' );
	?>
</footer>
</article>
	<?php
	$tabula_prev = get_previous_post_link( '%link' );
	$tabula_next = get_next_post_link( '%link' );
	if ( $tabula_prev || $tabula_next ) :
		?>
<nav aria-label="<?php esc_attr_e( 'Fler inlägg', 'tabula' ); ?>">
		<?php if ( $tabula_prev ) : ?>
<p><?php echo esc_html__( 'Äldre:', 'tabula' ) . ' ' . $tabula_prev; // phpcs:ignore WordPress.Security.EscapeOutput ?></p>
		<?php endif; ?>
		<?php if ( $tabula_next ) : ?>
<p><?php echo esc_html__( 'Nyare:', 'tabula' ) . ' ' . $tabula_next; // phpcs:ignore WordPress.Security.EscapeOutput ?></p>
		<?php endif; ?>
</nav>
		<?php
	endif;

	comments_template();
endwhile;
?>
</main>
<?php
get_footer();
