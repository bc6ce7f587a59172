<?php
/**
 * Kommentarer. Rubriken, korten och formuläret följer byråns formspråk;
 * själva kommentaren skrivs ut av ledger_comment() i inc/comments.php.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

// Lösenordsskyddade inlägg: inga kommentarer förrän lösenordet har angetts.
if ( post_password_required() ) {
	return;
}

$ledger_count = (int) get_comments_number();
?>
<section id="comments" class="lg-comments" aria-labelledby="lg-comments-title">
	<header class="lg-comments__header">
		<h2 class="lg-comments__title" id="lg-comments-title">
			<?php echo ledger_icon( 'comment' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
			<?php esc_html_e( 'Vad tycker du?', 'ledger' ); ?>
		</h2>
		<p class="lg-comments__count">
			<?php
			if ( $ledger_count > 0 ) {
				printf(
					/* translators: %s: antal kommentarer. */
					esc_html( _n( '%s kommentar', '%s kommentarer', $ledger_count, 'ledger' ) ),
					esc_html( number_format_i18n( $ledger_count ) )
				);
			} elseif ( comments_open() ) {
				esc_html_e( 'Inga kommentarer ännu – bli först att dela dina tankar.', 'ledger' );
			} else {
				esc_html_e( 'Inga kommentarer.', 'ledger' );
			}
			?>
		</p>
	</header>

	<?php if ( have_comments() ) : ?>
		<ol class="lg-comments__list">
			<?php
			wp_list_comments(
				array(
					'walker'      => new Ledger_Comment_Walker(),
					'callback'    => 'ledger_comment',
					'style'       => 'ol',
					'type'        => 'all',
					'short_ping'  => true,
					'format'      => 'html5',
				)
			);
			?>
		</ol>

		<?php if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) : ?>
			<nav class="lg-pagination lg-pagination--comments" aria-label="<?php esc_attr_e( 'Fler kommentarer', 'ledger' ); ?>">
				<?php
				paginate_comments_links(
					array(
						'type'      => 'list',
						'prev_text' => ledger_icon( 'arrow-left' ) . '<span>' . esc_html__( 'Föregående kommentarer', 'ledger' ) . '</span>',
						'next_text' => '<span>' . esc_html__( 'Nästa kommentarer', 'ledger' ) . '</span>' . ledger_icon( 'arrow-right' ),
					)
				);
				?>
			</nav>
		<?php endif; ?>
	<?php endif; ?>

	<?php if ( ! comments_open() ) : ?>
		<p class="lg-comments__closed">
			<?php echo ledger_icon( 'lock' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
			<?php esc_html_e( 'Kommentarerna är stängda för det här inlägget.', 'ledger' ); ?>
		</p>
	<?php endif; ?>

	<?php comment_form( ledger_comment_form_args() ); ?>
</section>
