<?php
/**
 * Kommentarer i wpDiscuz-stil: verktygsrad, prenumeration, formuläret överst
 * och tråden under. Allt ritas på servern; inget tillägg krävs.
 *
 * @package Samtal
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( post_password_required() ) {
	return;
}

$samtal_count    = (int) get_comments_number();
$samtal_open     = comments_open();
$samtal_newest   = ( 'desc' === get_option( 'comment_order' ) );
$samtal_wpdcom   = array(
	is_user_logged_in() ? 'wpdiscuz_auth' : 'wpdiscuz_unauth',
	'wpd-default',
	'wpd-layout-1',
	$samtal_open ? 'wpd-comments-open' : 'wpd-comments-closed',
);
$samtal_pages    = (int) get_comment_pages_count();
$samtal_paged    = get_option( 'page_comments' ) && $samtal_pages > 1;
?>
<div class="wpdiscuz_top_clearing"></div>
<div id="comments" class="comments-area">
	<div id="wpdcom" class="<?php echo esc_attr( implode( ' ', $samtal_wpdcom ) ); ?>">
		<div class="wc_social_plugin_wrapper"></div>

		<?php if ( $samtal_open ) : ?>
			<div class="wpd-form-wrap">
				<div class="wpd-form-head">
					<div class="wpd-sbs-toggle">
						<i class="far fa-envelope" aria-hidden="true"></i> <span class="wpd-sbs-title"><?php esc_html_e( 'Prenumerera', 'samtal' ); ?></span> <i class="fas fa-caret-down" aria-hidden="true"></i>
					</div>
					<div class="wpd-auth">
						<div class="wpd-login">
							<?php if ( ! is_user_logged_in() ) : ?>
								<a rel="nofollow" href="<?php echo esc_url( wp_login_url( get_permalink() ) ); ?>"><i class="fas fa-sign-in-alt" aria-hidden="true"></i> <?php esc_html_e( 'Logga in', 'samtal' ); ?></a>
							<?php endif; ?>
						</div>
					</div>
				</div>

				<div class="wpdiscuz-subscribe-bar wpdiscuz-hidden">
					<form action="<?php echo esc_url( admin_url( 'admin-ajax.php?action=wpdAddSubscription' ) ); ?>" method="post" id="wpdiscuz-subscribe-form">
						<div class="wpdiscuz-subscribe-form-intro"><?php esc_html_e( 'Meddela mig om', 'samtal' ); ?> </div>
						<div class="wpdiscuz-subscribe-form-option" style="width:40%;">
							<select class="wpdiscuz_select" name="wpdiscuzSubscriptionType">
								<option value="post"><?php esc_html_e( 'nya uppföljande kommentarer', 'samtal' ); ?></option>
								<option value="all_comment"><?php esc_html_e( 'nya svar på mina kommentarer', 'samtal' ); ?></option>
							</select>
						</div>
						<div class="wpdiscuz-item wpdiscuz-subscribe-form-email">
							<input class="email" type="email" name="wpdiscuzSubscriptionEmail" required="required" value="" placeholder="<?php esc_attr_e( 'E-post', 'samtal' ); ?>" />
						</div>
						<div class="wpdiscuz-subscribe-form-button">
							<input id="wpdiscuz_subscription_button" class="wpd-prim-button wpd_not_clicked" type="submit" value="&rsaquo;" name="wpdiscuz_subscription_button" />
						</div>
						<?php wp_nonce_field( 'wpdiscuz_subscribe_form_nonce_action', 'wpdiscuz_subscribe_form_nonce' ); ?>
						<input type="hidden" name="wpdiscuzSubscriptionPostId" value="<?php echo esc_attr( get_the_ID() ); ?>" />
					</form>
				</div>

				<?php comment_form( samtal_wpd_comment_form_args() ); ?>
			</div>
		<?php else : ?>
			<div class="wpd-form-wrap wpd-form-closed">
				<p class="wpd-comments-closed-notice no-comments"><?php esc_html_e( 'Kommentarer är stängda.', 'samtal' ); ?></p>
			</div>
		<?php endif; ?>

		<div id="wpd-threads" class="wpd-thread-wrapper">
			<div class="wpd-thread-head">
				<div class="wpd-thread-info " data-comments-count="<?php echo esc_attr( $samtal_count ); ?>">
					<?php if ( $samtal_count > 0 ) : ?>
						<span class="wpdtc" title="<?php echo esc_attr( $samtal_count ); ?>"><?php echo esc_html( number_format_i18n( $samtal_count ) ); ?></span> <?php echo esc_html( 1 === $samtal_count ? __( 'Kommentar', 'samtal' ) : __( 'Kommentarer', 'samtal' ) ); ?>
					<?php elseif ( $samtal_open ) : ?>
						<?php esc_html_e( 'Bli först att kommentera!', 'samtal' ); ?>
					<?php else : ?>
						<span class="wpdtc" title="0">0</span> <?php esc_html_e( 'Kommentarer', 'samtal' ); ?>
					<?php endif; ?>
				</div>
				<div class="wpd-space"></div>
				<div class="wpd-thread-filter">
					<div class="wpd-filter wpdf-reacted wpd_not_clicked" wpd-tooltip="<?php esc_attr_e( 'Mest reagerade kommentar', 'samtal' ); ?>"><i class="fas fa-bolt" aria-hidden="true"></i></div>
					<div class="wpd-filter wpdf-hottest wpd_not_clicked" wpd-tooltip="<?php esc_attr_e( 'Hetaste kommentarstråden', 'samtal' ); ?>"><i class="fas fa-fire" aria-hidden="true"></i></div>
					<div class="wpd-filter wpdf-sorting">
						<span class="wpdiscuz-sort-button wpdiscuz-date-sort-desc<?php echo $samtal_newest ? ' wpdiscuz-sort-button-active' : ''; ?>" data-sorting="newest"><?php esc_html_e( 'Senaste', 'samtal' ); ?></span>
						<span class="wpdiscuz-sort-button wpdiscuz-date-sort-asc<?php echo $samtal_newest ? '' : ' wpdiscuz-sort-button-active'; ?>" data-sorting="oldest"><?php esc_html_e( 'Äldsta', 'samtal' ); ?></span>
						<span class="wpdiscuz-sort-button wpdiscuz-vote-sort-up" data-sorting="by_vote"><?php esc_html_e( 'Mest röstade', 'samtal' ); ?></span>
						<i class="fas fa-sort-down" aria-hidden="true"></i>
					</div>
				</div>
			</div>

			<div class="wpd-comment-info-bar">
				<div class="wpd-current-view"><i class="fas fa-quote-left" aria-hidden="true"></i> <?php esc_html_e( 'Inline-feedback', 'samtal' ); ?></div>
				<div class="wpd-filter-view-all"><?php esc_html_e( 'Visa alla kommentarer', 'samtal' ); ?></div>
			</div>

			<div class="wpd-thread-list">
				<?php
				if ( have_comments() ) {
					wp_list_comments(
						array(
							'style'        => 'div',
							'callback'     => 'samtal_wpd_comment',
							'end-callback' => 'samtal_wpd_comment_end',
							'avatar_size'  => 64,
						)
					);
				}
				?>

				<?php if ( $samtal_paged ) : ?>
					<div class="wpdiscuz-comment-pagination">
						<div class="wpd-load-more-submit-wrap">
							<button name="submit" type="button" data-lastparentid="0" class="wpd-load-more-submit wpd-loaded wpd-prim-button"><?php esc_html_e( 'Ladda fler kommentarer', 'samtal' ); ?></button>
						</div>
						<input id="wpdiscuzHasMoreComments" type="hidden" value="1" />
						<nav class="wpd-comment-pagination-fallback comment-navigation" aria-label="<?php esc_attr_e( 'Kommentarsidor', 'samtal' ); ?>">
							<span class="wpd-pagination-label"><?php esc_html_e( 'Fler kommentarer:', 'samtal' ); ?></span>
							<?php
							paginate_comments_links(
								array(
									'prev_text' => '&laquo; ' . __( 'Äldre kommentarer', 'samtal' ),
									'next_text' => __( 'Nyare kommentarer', 'samtal' ) . ' &raquo;',
								)
							);
							?>
						</nav>
					</div>
				<?php endif; ?>
			</div>
		</div>
	</div>
</div>
<div id="wpdiscuz-loading-bar" class="<?php echo is_user_logged_in() ? 'wpdiscuz-loading-bar-auth' : 'wpdiscuz-loading-bar-unauth'; ?>"></div>
<div id="wpdiscuz-comment-message" class="<?php echo is_user_logged_in() ? 'wpdiscuz-comment-message-auth' : 'wpdiscuz-comment-message-unauth'; ?>"></div>
