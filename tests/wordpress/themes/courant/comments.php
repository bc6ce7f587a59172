<?php
/**
 * Kommentarer med trådade svar, pingbacks, sidnumrering och formulär.
 *
 * @package Courant
 */

// Lösenordsskyddade inlägg: inga kommentarer förrän lösenordet angetts.
if ( post_password_required() ) {
	return;
}

$courant_comment_count = (int) get_comments_number();
?>

<section id="comments" class="comments-area<?php echo have_comments() ? ' has-comments' : ''; ?>">

	<h2 class="comments-title section-title">
		<span>
		<?php
		if ( $courant_comment_count ) {
			/* translators: %s: antal kommentarer. */
			printf( esc_html( _n( '%s kommentar', '%s kommentarer', $courant_comment_count, 'courant' ) ), esc_html( number_format_i18n( $courant_comment_count ) ) );
		} else {
			esc_html_e( 'Kommentarer', 'courant' );
		}
		?>
		</span>
	</h2>

	<?php if ( have_comments() ) : ?>

		<?php
		$courant_comment_pagination = array(
			'prev_text'          => '<span aria-hidden="true">‹</span> ' . __( 'Föregående kommentarer', 'courant' ),
			'next_text'          => __( 'Nästa kommentarer', 'courant' ) . ' <span aria-hidden="true">›</span>',
			'screen_reader_text' => __( 'Bläddra bland kommentarerna', 'courant' ),
			'aria_label'         => __( 'Kommentarer', 'courant' ),
			'class'              => 'comments-pagination',
		);
		?>

		<ol class="comment-list">
			<?php
			wp_list_comments(
				array(
					'style'       => 'ol',
					'type'        => 'all',
					'short_ping'  => true,
					'avatar_size' => 44,
					'callback'    => 'courant_comment',
				)
			);
			?>
		</ol>

		<?php the_comments_pagination( $courant_comment_pagination ); ?>

	<?php elseif ( comments_open() ) : ?>

		<p class="no-comments-yet"><?php esc_html_e( 'Inga kommentarer ännu. Skriv den första!', 'courant' ); ?></p>

	<?php endif; ?>

	<?php if ( ! comments_open() ) : ?>
		<p class="no-comments comments-closed"><?php esc_html_e( 'Kommentarerna är stängda.', 'courant' ); ?></p>
	<?php endif; ?>

	<?php
	comment_form(
		array(
			'title_reply'          => __( 'Skriv en kommentar', 'courant' ),
			/* translators: %s: namnet på den som besvaras. */
			'title_reply_to'       => __( 'Svara %s', 'courant' ),
			'cancel_reply_link'    => __( 'Avbryt svar', 'courant' ),
			'label_submit'         => __( 'Publicera kommentar', 'courant' ),
			'title_reply_before'   => '<h2 id="reply-title" class="comment-reply-title section-title"><span>',
			'title_reply_after'    => '</span></h2>',
			'class_submit'         => 'submit button',
		)
	);
	?>

</section>
