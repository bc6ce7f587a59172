<?php
/**
 * Listor: startsidan, arkiv och sökning. En ul med datum och rubrik,
 * inga utdrag, och länkarna Äldre/Nyare.
 *
 * @package Tabula
 */

get_header();
?>
<main id="innehall">
<?php
$tabula_title = tabula_listing_title();
if ( '' === $tabula_title && ( is_paged() || ! is_home() ) ) {
	/* translators: %d: sidnummer */
	$tabula_title = sprintf( __( 'Sida %d', 'tabula' ), max( 1, (int) get_query_var( 'paged' ) ) );
}
if ( '' !== $tabula_title ) :
	?>
<h1><?php echo esc_html( $tabula_title ); ?></h1>
	<?php
endif;

if ( is_category() || is_tag() || is_tax() ) {
	echo wp_kses_post( term_description() );
}

if ( have_posts() ) :
	?>
<ul>
	<?php
	while ( have_posts() ) :
		the_post();
		$tabula_post_title = get_the_title();
		if ( '' === trim( wp_strip_all_tags( $tabula_post_title ) ) ) {
			$tabula_post_title = esc_html__( '(utan rubrik)', 'tabula' );
		}
		?>
<li><?php echo tabula_time(); // phpcs:ignore WordPress.Security.EscapeOutput -- escapat i tabula_time(). ?> <a href="<?php the_permalink(); ?>"><?php echo wp_kses_post( $tabula_post_title ); ?></a></li>
		<?php
	endwhile;
	?>
</ul>
	<?php
	$tabula_older = get_next_posts_link( esc_html__( 'Äldre', 'tabula' ) );
	$tabula_newer = get_previous_posts_link( esc_html__( 'Nyare', 'tabula' ) );
	if ( $tabula_older || $tabula_newer ) :
		?>
<nav aria-label="<?php esc_attr_e( 'Fler inlägg', 'tabula' ); ?>">
		<?php if ( $tabula_older ) : ?>
<p><?php echo $tabula_older; // phpcs:ignore WordPress.Security.EscapeOutput -- länk från WordPress. ?></p>
		<?php endif; ?>
		<?php if ( $tabula_newer ) : ?>
<p><?php echo $tabula_newer; // phpcs:ignore WordPress.Security.EscapeOutput -- länk från WordPress. ?></p>
		<?php endif; ?>
</nav>
		<?php
	endif;
else :
	?>
<p>
	<?php
	if ( is_search() ) {
		esc_html_e( 'Inget matchade sökningen. Försök med andra ord.', 'tabula' );
	} else {
		esc_html_e( 'Här finns inget ännu.', 'tabula' );
	}
	?>
</p>
	<?php
	get_search_form();
endif;
?>
</main>
<?php
get_footer();
