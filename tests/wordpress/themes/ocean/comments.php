<?php
/**
 * Kommentarsmallen.
 *
 * @package ocean
 */

// Lösenordsskyddat inlägg: inga kommentarer, inget formulär.
if ( post_password_required() ) {
	return;
}

// Stängt och inga kommentarer: skriv inget alls (OceanWP:s beteende).
if ( ! comments_open() && get_comments_number() < 1 ) {
	return;
}

$ocean_classes = 'comments-area clr';
if ( get_comments_number() > 0 ) {
	$ocean_classes .= ' has-comments';
}
if ( ! comments_open() ) {
	$ocean_classes .= ' comments-closed';
}
?>

<section id="comments" class="<?php echo esc_attr( $ocean_classes ); ?>">

	<?php if ( have_comments() ) : ?>

		<h3 class="theme-heading comments-title">
			<span class="text">
				<?php
				$ocean_comments_number = (int) get_comments_number();
				if ( 1 === $ocean_comments_number ) {
					esc_html_e( 'Detta inlägg har en kommentar', 'ocean' );
				} else {
					/* translators: %s: antal kommentarer */
					printf( esc_html__( 'Detta inlägg har %s kommentarer', 'ocean' ), esc_html( number_format_i18n( $ocean_comments_number ) ) );
				}
				?>
			</span>
		</h3>

		<ol class="comment-list">
			<?php
			wp_list_comments(
				array(
					'callback'    => 'ocean_comment',
					'style'       => 'ol',
					'format'      => 'html5',
					'avatar_size' => 150,
				)
			);
			?>
		</ol><!-- .comment-list -->

		<?php
		the_comments_navigation(
			array(
				'prev_text' => ocean_icon( 'angle_left', false ) . '<span class="screen-reader-text">' . esc_html__( 'Föregående kommentar', 'ocean' ) . '</span>' . esc_html__( 'Föregående', 'ocean' ),
				'next_text' => esc_html__( 'Nästa', 'ocean' ) . ocean_icon( 'angle_right', false ) . '<span class="screen-reader-text">' . esc_html__( 'Nästa kommentar', 'ocean' ) . '</span>',
			)
		);
		?>

		<?php if ( ! comments_open() && get_comments_number() ) : ?>
			<p class="no-comments"><?php esc_html_e( 'Kommentarer är stängda.', 'ocean' ); ?></p>
		<?php endif; ?>

	<?php endif; ?>

	<?php
	comment_form(
		array(
			'must_log_in'          => '<p class="must-log-in">' . sprintf(
				/* translators: %s: inloggningslänk */
				__( 'Du måste vara <a href="%s">inloggad</a> för att kunna skriva en kommentar.', 'ocean' ),
				esc_url( wp_login_url( apply_filters( 'the_permalink', get_permalink() ) ) )
			) . '</p>',
			'logged_in_as'         => '<p class="logged-in-as">' . esc_html__( 'Inloggad som', 'ocean' ) . ' <a href="' . esc_url( admin_url( 'profile.php' ) ) . '">' . esc_html( wp_get_current_user()->display_name ) . '</a>. <a href="' . esc_url( wp_logout_url( get_permalink() ) ) . '" title="' . esc_attr__( 'Logga ut från detta konto', 'ocean' ) . '">' . esc_html__( 'Logga ut &raquo;', 'ocean' ) . '</a></p>',
			'comment_notes_before' => false,
			'comment_notes_after'  => false,
			'comment_field'        => '<div class="comment-textarea"><label for="comment" class="screen-reader-text">' . esc_html__( 'Kommentar', 'ocean' ) . '</label><textarea name="comment" id="comment" cols="39" rows="4" tabindex="0" class="textarea-comment" placeholder="' . esc_attr__( 'Din kommentar här...', 'ocean' ) . '"></textarea></div>',
			'id_submit'            => 'comment-submit',
			'label_submit'         => esc_html__( 'Publicera kommentar', 'ocean' ),
			'title_reply'          => esc_html__( 'Lämna ett svar', 'ocean' ),
			/* translators: %s: namnet på den man svarar */
			'title_reply_to'       => esc_html__( 'Lämna ett svar till %s', 'ocean' ),
			'cancel_reply_link'    => esc_html__( 'Avbryt svar', 'ocean' ),
		)
	);
	?>

</section><!-- #comments -->
