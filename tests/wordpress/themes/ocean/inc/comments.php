<?php
/**
 * Kommentarer: callback för wp_list_comments() och formulärfält.
 *
 * @package ocean
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Callback för wp_list_comments(), i OceanWP:s upplägg.
 *
 * Observera: pingbacks/trackbacks skrivs som en <article> utan egen <li>,
 * precis som i OceanWP – WordPress walker stänger ändå med </li>.
 *
 * @param WP_Comment $comment Kommentar.
 * @param array      $args    Argument.
 * @param int        $depth   Djup.
 */
function ocean_comment( $comment, $args, $depth ) {
	switch ( $comment->comment_type ) :
		case 'pingback':
		case 'trackback':
			// Pingbacks och trackbacks visas enklare än vanliga kommentarer.
			?>

			<article id="comment-<?php comment_ID(); ?>" class="comment-container">
				<p><?php esc_html_e( 'Pingback:', 'ocean' ); ?> <span><span<?php ocean_schema_markup( 'author_name' ); ?>><?php comment_author_link(); ?></span></span> <?php edit_comment_link( esc_html__( '(Redigera)', 'ocean' ), '<span class="edit-link">', '</span>' ); ?></p>
			</article>

			<?php
			break;

		default:
			// Vanliga kommentarer.
			?>

			<li id="comment-<?php comment_ID(); ?>" class="comment-container">

				<article <?php comment_class( 'comment-body' ); ?>>

					<?php echo get_avatar( $comment, $args['avatar_size'], '', '', array( 'class' => 'avatar' ) ); ?>

					<div class="comment-content">
						<div class="comment-author">
							<span class="comment-link"><?php printf( '%1$s ', get_comment_author_link() ); ?></span>

							<span class="comment-meta commentmetadata">
								<?php if ( ! is_rtl() ) { ?>
									<span class="comment-date"><?php comment_date( 'j M Y' ); ?></span>
								<?php } ?>

								<?php
								comment_reply_link(
									array_merge(
										$args,
										array(
											'reply_text' => esc_html__( 'Svara', 'ocean' ),
											'depth'      => $depth,
											'max_depth'  => $args['max_depth'],
										)
									)
								);
								?>

								<?php edit_comment_link( __( 'Redigera', 'ocean' ) ); ?>

								<?php if ( is_rtl() ) { ?>
									<span class="comment-date"><?php comment_date( 'j M Y' ); ?></span>
								<?php } ?>
							</span>
						</div>

						<div class="clr"></div>

						<div class="comment-entry">
							<?php if ( '0' === $comment->comment_approved ) : ?>
								<p class="comment-awaiting-moderation"><?php esc_html_e( 'Din kommentar väntar på granskning.', 'ocean' ); ?></p>
							<?php endif; ?>

							<div class="comment-content">
								<?php comment_text(); ?>
							</div>
						</div>
					</div>

				</article><!-- #comment-## -->

			<?php
			break;
	endswitch;
}

/**
 * Formulärfälten: platshållare i stället för synliga etiketter, som i OceanWP.
 *
 * @param array $fields Fält.
 * @return array
 */
function ocean_modify_comment_form_fields( $fields ) {
	$commenter = wp_get_current_commenter();
	$req       = get_option( 'require_name_email' );
	$aria_req  = $req ? " aria-required='true'" : '';

	$fields['author'] = '<div class="comment-form-author"><label for="author" class="screen-reader-text">' . esc_html__( 'Ange ditt namn eller användarnamn för att kommentera', 'ocean' ) . '</label><input type="text" name="author" id="author" value="' . esc_attr( $commenter['comment_author'] ) . '" placeholder="' . esc_attr( $req ? __( 'Namn (obligatoriskt)', 'ocean' ) : __( 'Namn', 'ocean' ) ) . '" size="22" tabindex="0"' . $aria_req . ' class="input-name" /></div>';

	$fields['email'] = '<div class="comment-form-email"><label for="email" class="screen-reader-text">' . esc_html__( 'Ange din e-postadress för att kommentera', 'ocean' ) . '</label><input type="text" name="email" id="email" value="' . esc_attr( $commenter['comment_author_email'] ) . '" placeholder="' . esc_attr( $req ? __( 'E-post (obligatoriskt)', 'ocean' ) : __( 'E-post', 'ocean' ) ) . '" size="22" tabindex="0"' . $aria_req . ' class="input-email" /></div>';

	$fields['url'] = '<div class="comment-form-url"><label for="url" class="screen-reader-text">' . esc_html__( 'Ange din webbplats-URL (valfritt)', 'ocean' ) . '</label><input type="text" name="url" id="url" value="' . esc_attr( $commenter['comment_author_url'] ) . '" placeholder="' . esc_attr__( 'Webbplats', 'ocean' ) . '" size="22" tabindex="0" class="input-website" /></div>';

	return $fields;
}
add_filter( 'comment_form_default_fields', 'ocean_modify_comment_form_fields' );
