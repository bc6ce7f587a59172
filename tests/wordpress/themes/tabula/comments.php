<?php
/**
 * Kommentarerna: en rubrik med antalet, en dl (se Tabula_Walker_Comment),
 * bläddring mellan kommentarssidor, och formuläret under "Kommentera".
 *
 * @package Tabula
 */

if ( post_password_required() ) {
	return;
}

if ( have_comments() ) :
	$tabula_count = (int) get_comments_number();
	?>
<h2 id="kommentarer"><?php
	printf(
		/* translators: %s: antal kommentarer */
		esc_html( _n( '%s kommentar', '%s kommentarer', $tabula_count, 'tabula' ) ),
		esc_html( number_format_i18n( $tabula_count ) )
	);
?></h2>
<dl>
	<?php
	wp_list_comments(
		array(
			'walker'     => new Tabula_Walker_Comment(),
			'style'      => 'div',
			'short_ping' => true,
		)
	);
	?>
</dl>
	<?php
	if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) :
		$tabula_older = get_previous_comments_link( esc_html__( 'Äldre kommentarer', 'tabula' ) );
		$tabula_newer = get_next_comments_link( esc_html__( 'Nyare kommentarer', 'tabula' ) );
		?>
<nav aria-label="<?php esc_attr_e( 'Fler kommentarer', 'tabula' ); ?>">
		<?php if ( $tabula_older ) : ?>
<p><?php echo $tabula_older; // phpcs:ignore WordPress.Security.EscapeOutput -- länk från WordPress. ?></p>
		<?php endif; ?>
		<?php if ( $tabula_newer ) : ?>
<p><?php echo $tabula_newer; // phpcs:ignore WordPress.Security.EscapeOutput -- länk från WordPress. ?></p>
		<?php endif; ?>
</nav>
		<?php
	endif;
endif;

if ( ! comments_open() && post_type_supports( get_post_type(), 'comments' ) ) :
	?>
<p><?php esc_html_e( 'Kommentarerna är stängda.', 'tabula' ); ?></p>
	<?php
endif;

tabula_comment_form();
